"""WirepasTLVAppConfigHelper on one sink: add, local provisioning, remove, overflow; read back with get_sinks."""

import pytest
from wirepas_mqtt_library.wirepas_tlv_app_config_helper import WirepasTLVAppConfig, WirepasTLVAppConfigHelper

from interop.library import current_config
from interop.waits import wait_until

PSK_ID = bytes.fromhex("01020304")
PSK = bytes(range(32))


@pytest.fixture
def tlv_sink(sink_for):
    return sink_for("tlv")


def _helper(wni, entry):
    return WirepasTLVAppConfigHelper(wni, gateway_sink_subset=[(entry.gw, entry.sink)])


def _update_and_read_back(wni, entry, helper, expected_entries):
    before = current_config(wni, entry.gw, entry.sink)
    # Known bug (inventory §1.5): update_entries ignores the result codes of its set_sink_config calls, so its
    # True only means "no timeout". The outcome is checked on the sink's configuration read back instead.
    assert helper.update_entries() is True
    expected = {
        "app_config_data": bytes(WirepasTLVAppConfig(dict(expected_entries)).value),
        "app_config_seq": before["app_config_seq"] + 1,
        "app_config_diag": before["app_config_diag"],
    }

    def read_back():
        config = current_config(wni, entry.gw, entry.sink)
        return {key: config[key] for key in expected}

    wait_until(lambda: read_back() == expected, 5, "app config %s read back" % expected)
    assert WirepasTLVAppConfig.from_value(read_back()["app_config_data"]).entries == expected_entries


def test_add_entries_and_local_provisioning(wni, tlv_sink):
    initial = current_config(wni, tlv_sink.gw, tlv_sink.sink)["app_config_data"]
    existing = WirepasTLVAppConfig.from_value(initial).entries  # the simulator starts with an empty TLV config
    helper = _helper(wni, tlv_sink).add_raw_entry(0x6666, b"\x01\x02").add_raw_entry(0x32, b"\xaa")
    helper.setup_local_provisioning(True, PSK_ID, PSK)
    expected = dict(existing)
    expected.update({0x6666: b"\x01\x02", 0x32: b"\xaa", 0xC4: b"\x02" + PSK_ID + PSK})
    _update_and_read_back(wni, tlv_sink, helper, expected)
    assert "[%s][%s] => {" % (tlv_sink.gw, tlv_sink.sink) in str(helper)


def test_remove_entry_and_disable_provisioning(wni, tlv_sink):
    current = WirepasTLVAppConfig.from_value(
        current_config(wni, tlv_sink.gw, tlv_sink.sink)["app_config_data"]).entries
    helper = _helper(wni, tlv_sink).remove_raw_entry(0x32).setup_local_provisioning(False)
    expected = {t: v for t, v in current.items() if t != 0x32}
    expected[0xC4] = b"\x00"
    _update_and_read_back(wni, tlv_sink, helper, expected)


def test_overflow_is_refused_before_anything_is_sent(wni, tlv_sink):
    before = current_config(wni, tlv_sink.gw, tlv_sink.sink)
    helper = _helper(wni, tlv_sink).add_raw_entry(0x7777, bytes(80))
    assert helper.update_entries() is False
    assert current_config(wni, tlv_sink.gw, tlv_sink.sink) == before
