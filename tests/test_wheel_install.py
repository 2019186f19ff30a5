"""The wheel as a user gets it: built, installed with the `testing` extra into a fresh virtualenv (through
this machine's ordinary pip configuration), and a user's test file run there through the plugin.

One of the slowest tests of the suite (5-15 s on 2 cores), bounded by the timeouts below.
"""

from __future__ import annotations

import re
import subprocess
import sys
import venv
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest
from helpers import ROOT

# The user's test file: the PyPI page's example as it stands (so the page cannot rot), plus a sync test.
PYPI_EXAMPLE = re.search(
    r"## Testing your code.*?```python\n(.*?)```", (ROOT / "docs" / "PYPI.md").read_text(), re.DOTALL
)
SYNC_TEST = """

def test_seeded_state_reads_back_through_the_sync_client(fake_datadog, sync_datadog_client):
    from datadog_async.api.incidents import get_incident

    ident = "11111111-2222-4333-8444-555555555555"
    fake_datadog.store.add_incident({"title": "seeded", "customer_impacted": False}, id=ident, at="2024-05-01T09:00Z")
    incident = get_incident.sync(ident, client=sync_datadog_client)
    assert incident.data.attributes.created.isoformat() == "2024-05-01T09:00:00+00:00"
    assert fake_datadog.last_call("get_incident").headers.get("dd-api-key") is None
"""
CHECKS = """
import datadog_async, importlib.metadata as md, pathlib
meta = md.metadata("datadog-async")
assert "Typing :: Typed" in meta.get_all("Classifier"), meta.get_all("Classifier")
assert meta["License-Expression"] == "Apache-2.0"
assert "pip install 'datadog-async[testing]'" in meta.get_payload()
files = [str(f) for f in md.files("datadog-async")]
assert any(f.endswith("licenses/LICENSE") for f in files), files
assert any(f.endswith("datadog_async/py.typed") for f in files)
assert dir(datadog_async) == sorted(datadog_async.__all__)
print("checks ok")
"""


def run(*args: str | Path, cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{args}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.mark.skipif(not (ROOT / "generated" / "datadog_async").exists(), reason="not generated yet")
def test_the_wheel_installs_with_the_testing_extra_and_its_plugin_runs_a_users_tests(tmp_path: Path) -> None:
    assert PYPI_EXAMPLE is not None, "docs/PYPI.md lost its testing example"
    dist = tmp_path / "dist"
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", dist, ROOT,
        cwd=tmp_path, timeout=120)  # fmt: skip
    (wheel,) = dist.glob("datadog_async-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert any(name.endswith(".dist-info/licenses/LICENSE") for name in archive.namelist())

    # A fresh environment with no pip of its own (faster): this interpreter's pip installs into it.
    env = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    pins = [f"pytest=={version('pytest')}", f"pytest-asyncio=={version('pytest-asyncio')}"]
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-compile",
        f"{wheel}[testing]", *pins, cwd=tmp_path, timeout=180)  # fmt: skip

    user = tmp_path / "user"
    user.mkdir()
    (user / "test_user.py").write_text(PYPI_EXAMPLE.group(1) + SYNC_TEST)
    result = run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user.py", cwd=user, timeout=120)
    assert "2 passed" in result.stdout, result.stdout

    assert run(python, "-c", CHECKS, cwd=user, timeout=60).stdout.strip() == "checks ok"
    helped = run(python, "-m", "datadog_async.testing", "--help", cwd=user, timeout=60)
    assert helped.stdout.startswith("usage: python -m datadog_async.testing")
    # The installed package is the wheel's, not this checkout's.
    where = run(python, "-c", "import datadog_async; print(datadog_async.__file__)", cwd=user, timeout=60)
    assert where.stdout.startswith(str(env))
