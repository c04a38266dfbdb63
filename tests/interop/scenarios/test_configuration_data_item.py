"""set_configuration_data_item through the official library; read back with get_configuration_data_item (built
with the official codec: the library has no method for it) and in the sink configuration of get_sinks."""

import wirepas_mesh_messaging as wmm

from interop.library import current_config
from interop.waits import Collector, wait_until

OK = wmm.GatewayResultCode.GW_RES_OK


def _get_item(raw, entry, endpoint):
    response = raw.request("get_configuration_data_item", entry.gw,
                           wmm.GetConfigurationDataItemRequest(entry.sink, endpoint), sink_id=entry.sink)
    assert response.res == OK
    return response.cdc_endpoint, response.cdc_payload


def _items_in_config(wni, entry):
    config = current_config(wni, entry.gw, entry.sink)
    return {item["endpoint"]: item["payload"] for item in config.get("configuration_data_content", [])}


def test_set_item_is_read_back(wni, raw, sink_for):
    entry = sink_for("cdd")
    assert wni.set_configuration_data_item(entry.gw, entry.sink, 0x20, b"\x01\x02\x03") == OK
    assert _get_item(raw, entry, 0x20) == (0x20, b"\x01\x02\x03")
    # The configuration update that follows reaches the library's cache (status and unsolicited responses).
    wait_until(lambda: _items_in_config(wni, entry).get(0x20) == b"\x01\x02\x03", 5,
               "the item in get_sinks' configuration_data_content")


def test_async_set_replaces_an_item(wni, raw, sink_for):
    entry = sink_for("cdd")
    results = Collector()
    assert wni.set_configuration_data_item(entry.gw, entry.sink, 0x21, b"first") == OK
    wni.set_configuration_data_item(entry.gw, entry.sink, 0x21, b"second", cb=results, param=0x21)
    assert results.wait_count(1, 5, "the callback")[0] == (OK, 0x21)
    assert _get_item(raw, entry, 0x21) == (0x21, b"second")


def test_empty_payload_removes_the_item(wni, raw, sink_for):
    entry = sink_for("cdd")
    assert wni.set_configuration_data_item(entry.gw, entry.sink, 0x22, b"gone soon") == OK
    assert wni.set_configuration_data_item(entry.gw, entry.sink, 0x22, b"") == OK
    assert _get_item(raw, entry, 0x22) == (None, None)
    wait_until(lambda: 0x22 not in _items_in_config(wni, entry), 5, "the item gone from the configuration")


def test_items_beyond_the_sinks_room_are_refused(wni, raw, sink_for):
    entry = sink_for("cdd")
    res = wni.set_configuration_data_item(entry.gw, entry.sink, 0x23, bytes(1025))
    assert res == wmm.GatewayResultCode.GW_RES_SINK_OUT_OF_MEMORY
    assert _get_item(raw, entry, 0x23) == (None, None)


def test_unknown_sink_is_named(wni, raw, sink_for):
    entry = sink_for("cdd")
    assert wni.set_configuration_data_item(entry.gw, "sink99", 0x20, b"x") == \
        wmm.GatewayResultCode.GW_RES_INVALID_SINK_ID
    # The official gateway sends no response here (a NameError, inventory §3); the simulator names the error.
    response = raw.request("get_configuration_data_item", entry.gw, wmm.GetConfigurationDataItemRequest("sink99", 1),
                           sink_id="sink99")
    assert response.res == wmm.GatewayResultCode.GW_RES_INVALID_SINK_ID
