"""An in-memory Datadog API for tests and demos, and the kit around it.

Needs the ``testing`` extra (``pip install 'datadog-async[testing]'``). With pytest, the fixtures
``fake_datadog``, ``datadog_client`` and ``sync_datadog_client`` are there with no configuration. Otherwise::

    fake = FakeDatadog()
    fake.store.add_incident({"title": "Checkout down", "customer_impacted": True})   # seed state
    fake.script("list_incidents", Fault.status(503))                                   # script a fault
    async with fake.client() as client:          # an AsyncDatadogClient, production settings, in-process
        incidents = await list_incidents.asyncio(client=client)
    fake.last_call("list_incidents").status      # what was sent and answered

``FakeClock`` controls the fake's time; ``RecordingTransport``/``ReplayTransport`` record real traffic
(secrets scrubbed) and replay it. As a server: ``python -m datadog_async.testing --port 8126``.
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
