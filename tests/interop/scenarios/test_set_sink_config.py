"""set_sink_config through the official library: changes read back, refusals with the API's codes, stop/start."""

import time

import pytest
import wirepas_mesh_messaging as wmm

from interop.library import current_config
from interop.waits import Collector, wait_until

OK = wmm.GatewayResultCode.GW_RES_OK
Code = wmm.GatewayResultCode

# What the library's example_configure_sink.py sets (role 17 = low-latency sink), on our own address and network.
EXAMPLE_CONFIG = {
    "node_role": 17,
    "node_address": 0x123456,
    "network_address": 0x1AB2C3,
    "network_channel": 13,
    "cipher_key": bytes(range(16)),
    "authentication_key": bytes(range(16, 32)),
    "started": True,
}


@pytest.fixture
def config_sink(sink_for):
    return sink_for("config")


@pytest.fixture
def changes(wni):
    """A config-changed callback (the library keeps one only); a no-op again after the test."""
    collector = Collector()
    wni.set_config_changed_cb(lambda: collector.add(time.monotonic()))
    # set_config_changed_cb calls the callback once at once, as initial information.
    collector.wait_count(1, 5, "the initial config-changed call")
    collector.clear()
    yield collector
    wni.set_config_changed_cb(lambda: None)


def test_configure_sink_like_the_official_example(wni, config_sink, uplink, changes):
    entry = config_sink
    assert wni.set_sink_config(entry.gw, entry.sink, EXAMPLE_CONFIG) == OK
    config = current_config(wni, entry.gw, entry.sink)
    for key in ("node_role", "node_address", "network_address", "network_channel", "started"):
        assert config[key] == EXAMPLE_CONFIG[key], key
    assert config["are_keys_set"] is True
    changes.wait_count(1, 5, "a config-changed callback")
    # The sink's network now has the new address: its data comes on topics and with headers carrying it.
    packets = uplink(gateway=entry.gw, sink=entry.sink, network=EXAMPLE_CONFIG["network_address"])
    packets.wait_count(3, 10, "data from network 0x1AB2C3")


def test_async_set_sink_config_calls_back(wni, config_sink):
    entry = config_sink
    results = Collector()
    assert wni.set_sink_config(entry.gw, entry.sink, {"network_channel": 21}, cb=results, param="ch21") is None
    (res, param), = results.wait_count(1, 10, "the set_sink_config callback")
    assert (res, param) == (OK, "ch21")
    wait_until(lambda: current_config(wni, entry.gw, entry.sink)["network_channel"] == 21, 5,
               "channel 21 in the cached configuration")


def _app_config(config, **changes):
    new = {"app_config_diag": config["app_config_diag"], "app_config_seq": config["app_config_seq"],
           "app_config_data": config["app_config_data"]}
    new.update(changes)
    return new


REFUSALS = [
    ("channel_41", lambda c: {"network_channel": 41}, Code.GW_RES_INVALID_NETWORK_CHANNEL),
    ("channel_0", lambda c: {"network_channel": 0}, Code.GW_RES_INVALID_NETWORK_CHANNEL),
    ("network_address_0", lambda c: {"network_address": 0}, Code.GW_RES_INVALID_NETWORK_ADDRESS),
    ("network_address_all_ones", lambda c: {"network_address": 0xFFFFFF}, Code.GW_RES_INVALID_NETWORK_ADDRESS),
    ("cipher_key_15_bytes", lambda c: {"cipher_key": bytes(15), "authentication_key": bytes(16)},
     Code.GW_RES_INVALID_NETWORK_KEYS),
    ("diag_interval_45", lambda c: _app_config(c, app_config_diag=45), Code.GW_RES_INVALID_DIAG_INTERVAL),
    ("app_config_81_bytes", lambda c: _app_config(c, app_config_data=bytes(81)), Code.GW_RES_INVALID_APP_CONFIG),
    ("app_config_seq_255", lambda c: _app_config(c, app_config_seq=255), Code.GW_RES_INVALID_SEQUENCE_NUMBER),
]


@pytest.mark.parametrize("new_config, expected", [(r[1], r[2]) for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_refused_configuration_changes_nothing(wni, config_sink, new_config, expected):
    entry = config_sink
    before = current_config(wni, entry.gw, entry.sink)
    assert wni.set_sink_config(entry.gw, entry.sink, new_config(before)) == expected
    # The response carries the configuration read back, and the library caches it.
    assert current_config(wni, entry.gw, entry.sink) == before


def test_set_config_for_an_unknown_sink(wni, config_sink):
    assert wni.set_sink_config(config_sink.gw, "sink99", {"network_channel": 5}) == Code.GW_RES_INVALID_SINK_ID


def test_stopped_sink_sends_nothing_and_refuses_downlink(wni, config_sink, uplink):
    entry = config_sink
    data = uplink(gateway=entry.gw, sink=entry.sink)
    data.wait_count(2, 10, "data from the running sink")
    assert wni.set_sink_config(entry.gw, entry.sink, {"started": False}) == OK
    try:
        assert current_config(wni, entry.gw, entry.sink)["started"] is False
        assert wni.send_message(entry.gw, entry.sink, 0xFFFFFFFF, 1, 1, b"x") == Code.GW_RES_INVALID_SINK_STATE
        time.sleep(0.5)  # what was already on its way
        silent_from = len(data)
        time.sleep(2.5)
        assert len(data) == silent_from, "a stopped sink sent data"
    finally:
        assert wni.set_sink_config(entry.gw, entry.sink, {"started": True}) == OK
    assert current_config(wni, entry.gw, entry.sink)["started"] is True
    data.wait_count(silent_from + 2, 10, "data again after the restart")
