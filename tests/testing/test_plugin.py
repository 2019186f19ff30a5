"""The pytest plugin and the package's face: fixtures with no configuration, a clear error without the
testing extra, a plain --help, and dir() showing the public API only."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap

import datadog_async
import pytest
from datadog_async import AsyncDatadogClient
from datadog_async._pytest_plugin import _run as close_async_client
from datadog_async.api.incidents import list_incidents
from datadog_async.testing import FakeDatadog

pytest_plugins = ["pytester"]

USER_TESTS = """
import asyncio

from datadog_async.api.incidents import create_incident, list_incidents
from datadog_async.testing import FakeDatadog, Fault


def test_sync(fake_datadog, sync_datadog_client):
    fake_datadog.store.add_incident({"title": "seeded", "customer_impacted": False})
    fake_datadog.script("list_incidents", Fault.rate_limit(reset=0))
    titles = [i.attributes.title for i in list_incidents.sync(client=sync_datadog_client).data]
    assert titles == ["seeded"]
    assert [c.status for c in fake_datadog.calls] == [429, 200]


def test_async(fake_datadog, datadog_client):
    assert isinstance(fake_datadog, FakeDatadog)
    assert datadog_client.retry_policy.max_retries == 2  # production settings

    async def run():
        return await list_incidents.asyncio(client=datadog_client)

    assert asyncio.run(run()).data == []
    assert fake_datadog.last_call().operation == "list_incidents"


def test_a_fresh_fake_per_test(fake_datadog):
    assert fake_datadog.calls == []
    assert fake_datadog.store.incidents() == []
"""


def test_the_fixtures_work_with_no_configuration(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:asyncio")
    result.assert_outcomes(passed=3)


def test_the_fixtures_are_listed_by_pytest(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("--fixtures")
    for name in ("fake_datadog", "datadog_client", "sync_datadog_client"):
        result.stdout.fnmatch_lines([f"{name} -- *_pytest_plugin.py*"])


WITHOUT_EXTRA = "import sys; sys.modules['jsonschema'] = None  # as if the testing extra were not installed\n"


def test_importing_the_kit_without_the_extra_says_what_to_install() -> None:
    code = WITHOUT_EXTRA + "import datadog_async.testing"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "ImportError: datadog_async.testing needs the 'jsonschema' package from the testing extra" in result.stderr
    assert "pip install 'datadog-async[testing]'" in result.stderr


def test_without_the_extra_pytest_still_starts_and_the_fixture_says_what_to_install(tmp_path: object) -> None:
    code = WITHOUT_EXTRA + textwrap.dedent(
        """
        import pytest
        sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", sys.argv[1]]))
        """
    )
    test_file = f"{tmp_path}/test_no_extra.py"
    with open(test_file, "w") as handle:
        handle.write("def test_plain():\n    pass\n\ndef test_fake(fake_datadog):\n    pass\n")
    result = subprocess.run([sys.executable, "-c", code, test_file], capture_output=True, text=True, timeout=60)
    assert "1 passed, 1 error" in result.stdout
    assert "pip install 'datadog-async[testing]'" in result.stdout


def test_help_reads_as_plain_text() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "datadog_async.testing", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.startswith("usage: python -m datadog_async.testing [-h]")
    assert "Serve the embedded Datadog API fake over HTTP" in result.stdout
    assert "pip install 'datadog-async[testing]'" in result.stdout
    for markup in ("``", "::", ".. ", ":class:"):
        assert markup not in result.stdout


def test_dir_shows_the_public_api_only() -> None:
    shown = dir(datadog_async)
    assert shown == sorted(datadog_async.__all__)
    assert "DatadogClient" in shown
    assert not [name for name in shown if name.startswith("_") and name != "__version__"]
    assert "extend_path" not in shown
    for name in shown:
        getattr(datadog_async, name)  # every name shown is there


async def test_the_fixtures_serve_this_suite_too(fake_datadog: FakeDatadog, datadog_client: AsyncDatadogClient) -> None:
    await list_incidents.asyncio(client=datadog_client)
    assert fake_datadog.last_call().status == 200


async def test_the_async_client_closes_from_inside_a_running_loop() -> None:
    client = FakeDatadog().client()
    await list_incidents.asyncio(client=client)
    close_async_client(client.aclose())  # scheduled on this loop: it cannot be waited for from here
    for _ in range(100):  # bounded: the close needs a few loop iterations
        if client.closed and client._pool.client is not None and client._pool.client.is_closed:
            break
        await asyncio.sleep(0)
    assert client.closed
    assert client._pool.client is not None
    assert client._pool.client.is_closed
