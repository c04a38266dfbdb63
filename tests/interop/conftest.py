"""Fixtures every phase shares: the settings run.sh passes through INTEROP_* environment variables."""

import os

import pytest

from interop import settings as settings_module


@pytest.fixture(scope="session")
def settings():
    s = settings_module.from_environment()
    os.makedirs(s.out_dir, exist_ok=True)
    return s


@pytest.fixture(scope="session")
def broker_url(settings):
    return settings.broker_url


# wirepas-mqtt-library 1.3.0 builds send_message's SendDataRequest without a header sink id (the official gateway
# takes the topic's sink); the simulator's strict mode answers REQUEST_NEEDS_SINK_ID to that. Reported to the lead.
STRICT_SEND_DATA_REASON = ("simulator --validation strict refuses send_data without header sink id "
                           "(REQUEST_NEEDS_SINK_ID); wirepas-mqtt-library 1.3.0 send_message never sets one")


def pytest_collection_modifyitems(config, items):
    # Scenarios marked `last` go after the others, keeping their relative order.
    items.sort(key=lambda item: 1 if item.get_closest_marker("last") else 0)
    if os.environ.get("INTEROP_SIM_VALIDATION") == "strict":
        for item in items:
            if item.get_closest_marker("library_send_message"):
                item.add_marker(pytest.mark.xfail(reason=STRICT_SEND_DATA_REASON, strict=False))
