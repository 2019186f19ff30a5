"""An in-memory Datadog API for tests and demos: ``datadog_async.testing.FakeDatadog``.

Needs the ``testing`` extra (``pip install 'datadog-async[testing]'``)::

    fake = FakeDatadog()
    async with fake.client() as client:          # a DatadogClient answered in-process by the fake
        incident = await create_incident.asyncio(client=client, body=...)

or as a server: ``python -m datadog_async.testing --port 8126`` and ``DatadogClient(base_url=...)``.
"""

from . import _extra  # noqa: F401 -- first: a clear error when the testing extra is missing
from ._app import FAKE_API_KEY, FAKE_APP_KEY, FAKE_BASE_URL, FakeDatadog, ResponseConformanceError
from ._cassette import CassetteMiss, RecordingTransport, ReplayTransport
from ._clock import FakeClock
from ._faults import Faults
from ._recorded import RecordedCall
from ._script import Fault
from ._store import SeedError, Store
from ._transport import FakeTransport

__all__ = [
    "FAKE_API_KEY",
    "FAKE_APP_KEY",
    "FAKE_BASE_URL",
    "CassetteMiss",
    "FakeClock",
    "FakeDatadog",
    "FakeTransport",
    "Fault",
    "Faults",
    "RecordedCall",
    "RecordingTransport",
    "ReplayTransport",
    "ResponseConformanceError",
    "SeedError",
    "Store",
]
