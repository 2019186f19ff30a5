"""The package as users get it: one distribution, one import name, the same layout installed or built."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import datadog_async
import pytest
from helpers import ROOT, load_spec
from openapi_spec_validator import validate


def test_the_spec_validates() -> None:
    validate(load_spec())


def test_version_matches_the_distribution() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert datadog_async.__version__ == project["version"]
    assert project["name"] == "datadog-async"


def test_runtime_dependencies_are_the_documented_four() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = sorted(dep.split(">")[0].split("=")[0].split("<")[0].strip() for dep in project["dependencies"])
    assert names == ["attrs", "httpx", "python-dateutil", "sniffio"]


def tree_files(base: Path) -> set[str]:
    return {
        str(path.relative_to(base))
        for path in base.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.mark.skipif(not (ROOT / "generated" / "datadog_async").exists(), reason="not generated yet")
def test_the_wheel_has_the_layout_of_the_editable_install(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("datadog_async-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = {
            name.removeprefix("datadog_async/") for name in archive.namelist() if name.startswith("datadog_async/")
        }
    editable = tree_files(ROOT / "generated" / "datadog_async") | tree_files(ROOT / "overlays" / "datadog_async")
    assert in_wheel == editable
    assert "py.typed" in in_wheel
    assert "api/incidents/list_incidents.py" in in_wheel


def test_overlays_never_shadow_generated_files() -> None:
    generated = tree_files(ROOT / "generated" / "datadog_async")
    overlays = tree_files(ROOT / "overlays" / "datadog_async")
    assert not generated & overlays
    assert not (ROOT / "overlays" / "datadog_async" / "__init__.py").exists()  # the generated one joins the trees


def test_the_package_joins_both_source_trees() -> None:
    paths = [Path(p) for p in datadog_async.__path__]
    if len(paths) == 1:  # an installed wheel: one directory holding both
        assert (paths[0] / "_client.py").exists()
        assert (paths[0] / "client.py").exists()
    else:
        assert [p.parent.name for p in paths] == ["generated", "overlays"]
