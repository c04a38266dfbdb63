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


def pytest_collection_modifyitems(config, items):
    # Scenarios marked `last` go after the others, keeping their relative order.
    items.sort(key=lambda item: 1 if item.get_closest_marker("last") else 0)
