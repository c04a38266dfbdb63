"""Self-test of the gateway emulator: the official library drives it on a private Mosquitto, and everything it
publishes decodes cleanly with the official codec. Independent of the simulator and of the suite's broker."""

import os
import time

import pytest
import wirepas_mesh_messaging as wmm
from wirepas_mqtt_library import WirepasNetworkInterface

from interop import codec
from interop.broker import Mosquitto
from interop.crc import crc16_ccitt_false
from interop.library import current_config
from interop.mqtt_raw import RawClient
from interop.waits import Collector, wait_until
from wirepas_emulator import EmulatedGateway

Code = wmm.GatewayResultCode
OK = Code.GW_RES_OK
GW = "pyemu-gw-0"


@pytest.fixture(scope="module")
def broker(tmp_path_factory):
    with Mosquitto(str(tmp_path_factory.mktemp("emulator-broker"))) as running:
        yield running


@pytest.fixture(scope="module")
def gateway(broker):
    emulated = EmulatedGateway("127.0.0.1", broker.port, GW, ["sink0", "sink1"], seed=7).start()
    yield emulated
    emulated.stop()


@pytest.fixture(scope="module")
def wni(broker, gateway):
    interface = WirepasNetworkInterface("127.0.0.1", broker.port, None, None, insecure=True)
    wait_until(lambda: GW in interface.get_gateways(), 15, "the emulated gateway ONLINE")
    yield interface
    interface.close()


@pytest.fixture(scope="module")
def raw(broker):
    client = RawClient("127.0.0.1", broker.port, subscriptions=("#",), name="emulator-selftest")
    yield client
    client.close()


def test_discovery(wni, gateway):
    sinks = {sink: config for gw, sink, config in wni.get_sinks(gateway=GW)}
    assert set(sinks) == {"sink0", "sink1"}
    for sink_id, config in sinks.items():
        assert config["network_address"] == gateway.sinks[sink_id].config["network_address"]
        # Encoded from min_ac_cur/max_ac_cur, decoded as current_ac_range_min/max (the codec's asymmetry).
        assert (config["current_ac_range_min"], config["current_ac_range_max"]) == (2000, 8000)


def test_gw_info(raw, gateway):
    info = raw.request("get_gw_info", GW, wmm.GetGatewayInfoRequest())
    assert (info.res, info.gateway_model, info.implemented_api_version) == (OK, gateway.model, 2)
    assert set(info.gateway_features) == set(gateway.features)


def test_send_message_is_echoed_and_recorded(wni, gateway):
    echoes = Collector()
    filter_id = wni.register_uplink_traffic_cb(echoes, gateway=GW, src_ep=51, dst_ep=50)
    try:
        node = gateway.sinks["sink0"].nodes[0]
        assert wni.send_message(GW, "sink0", node, 50, 51, b"ping", qos=1) == OK
        echo = echoes.wait_count(1, 5, "the echo")[0]
        assert (echo.source_address, echo.data_payload, echo.sink_id) == (node, b"ping", "sink0")
        assert gateway.requests_of("send_data")[-1].data_payload == b"ping"
        assert wni.send_message(GW, "sink0", node, 1, 1, b"x", hop_limit=16) == Code.GW_RES_INVALID_MAX_HOP_COUNT
    finally:
        wni.unregister_uplink_traffic_cb(filter_id)


def test_set_sink_config_and_forced_error(wni, gateway):
    assert wni.set_sink_config(GW, "sink1", {"network_channel": 7, "started": False}) == OK
    config = current_config(wni, GW, "sink1")
    assert (config["network_channel"], config["started"]) == (7, False)
    assert wni.send_message(GW, "sink1", 1, 1, 1, b"x") == Code.GW_RES_INVALID_SINK_STATE
    gateway.fail_next("set_config", Code.GW_RES_ACCESS_DENIED)
    assert wni.set_sink_config(GW, "sink1", {"started": True}) == Code.GW_RES_ACCESS_DENIED
    assert wni.set_sink_config(GW, "sink1", {"started": True}) == OK


def test_configuration_data_item(wni, raw):
    assert wni.set_configuration_data_item(GW, "sink0", 9, b"abc") == OK
    item = raw.request("get_configuration_data_item", GW, wmm.GetConfigurationDataItemRequest("sink0", 9),
                       sink_id="sink0")
    assert (item.cdc_endpoint, item.cdc_payload) == (9, b"abc")
    wait_until(lambda: {"endpoint": 9, "payload": b"abc"} in current_config(wni, GW, "sink0").get(
        "configuration_data_content", []), 5, "the item in the configuration")


def test_scratchpad_in_chunks_process_and_target(wni):
    image = os.urandom(100000)
    assert wni.upload_scratchpad(GW, "sink0", 33, image, timeout=10) == OK
    res, status = wni.get_scratchpad_status(GW, "sink0")
    assert status["stored_scratchpad"] == {"len": len(image), "crc": crc16_ccitt_false(image), "seq": 33}
    assert wni.process_scratchpad(GW, "sink0", timeout=10) == OK
    res, status = wni.get_scratchpad_status(GW, "sink0")
    assert status["processed_scratchpad"]["seq"] == 33
    target = {"action": wmm.ScratchpadAction.ACTION_PROPAGATE_AND_PROCESS_WITH_DELAY, "target_sequence": 33,
              "delay": wmm.ProcessingDelay.DELAY_ONE_DAY}
    assert wni.set_target_scratchpad(GW, "sink0", target) == OK
    assert wni.get_scratchpad_status(GW, "sink0")[1]["target_scratchpad_and_action"] == target


def test_configuration_data_item_refusals(raw):
    def get(endpoint):
        return raw.request("get_configuration_data_item", GW, wmm.GetConfigurationDataItemRequest("sink0", endpoint),
                           sink_id="sink0")

    # OK only with the item, as officially; the sink's D-Bus API takes uint16 endpoints.
    assert (get(4321).res, get(4321).cdc_payload) == (Code.GW_RES_INVALID_PARAM, None)
    assert get(0x10000).res == Code.GW_RES_INVALID_DEST_ENDPOINT
    response = raw.request("set_configuration_data_item", GW,
                           wmm.SetConfigurationDataItemRequest("sink0", 0x10000, b"x"), sink_id="sink0")
    assert response.res == Code.GW_RES_INVALID_DEST_ENDPOINT


def test_a_change_is_announced_by_status_then_unsolicited_responses(raw, gateway):
    time.sleep(2 * gateway.status_delay)  # the announcements of earlier tests' changes are out
    since = raw.mark()
    gateway.change("sink1", network_channel=9)
    expected = ["gw-event/status/" + GW, "gw-response/get_configs/" + GW, "gw-response/set_config/%s/sink1" % GW]
    announced = raw.wait_for(lambda messages: [m for m in messages if m[1] in expected][:3]
                             if len([m for m in messages if m[1] in expected]) >= 3 else None,
                             5, "status and unsolicited responses", since)
    assert [topic for _, topic, _, _, _ in announced] == expected
    status = wmm.StatusEvent.from_payload(announced[0][2])
    assert {config["sink_id"]: config["network_channel"] for config in status.sink_configs}["sink1"] == 9
    configs = wmm.GetConfigsResponse.from_payload(announced[1][2])
    set_config = wmm.SetConfigResponse.from_payload(announced[2][2])
    assert (configs.req_id, len(configs.configs)) == (0, 2)
    assert (set_config.req_id, set_config.sink_id, set_config.config["network_channel"]) == (0, "sink1", 9)

    since = raw.mark()
    gateway.change("sink1", network_channel=9)  # no change: nothing to announce
    time.sleep(2 * gateway.status_delay)
    assert [m for m in raw.messages(since) if m[1] in expected] == []


def test_a_legacy_gateway_announces_changes_by_unsolicited_responses_only(broker, raw):
    legacy = EmulatedGateway("127.0.0.1", broker.port, "pyemu-gw-legacy", ["sink0"], legacy_status=True).start()
    try:
        status = raw.wait_for(lambda messages: [m for m in messages if m[1] == "gw-event/status/pyemu-gw-legacy"],
                              5, "the legacy status")[0]
        decoded = wmm.StatusEvent.from_payload(status[2])
        assert (decoded.state, decoded.sink_configs, decoded.gateway_model) == (wmm.GatewayState.ONLINE, None, None)
        since = raw.mark()
        legacy.change("sink0", started=False)
        response = raw.wait_for(lambda messages: [m for m in messages if "pyemu-gw-legacy" in m[1]], 5,
                                "the unsolicited set_config response", since)
        assert [m[1] for m in response] == ["gw-response/set_config/pyemu-gw-legacy/sink0"]
        decoded = wmm.SetConfigResponse.from_payload(response[0][2])
        assert (decoded.req_id, decoded.config["started"]) == (0, False)
    finally:
        legacy.stop(clear=True)


def test_everything_published_decodes(raw, gateway):
    time.sleep(0.5)
    published = [(topic, payload) for _, topic, payload, _, _ in raw.messages() if not topic.startswith("gw-request/")]
    assert published
    for topic, payload in published:
        assert codec.decode(topic, payload).problems == [], topic


def test_stop_and_crash_leave_offline(broker):
    wni = WirepasNetworkInterface("127.0.0.1", broker.port, None, None, insecure=True)
    try:
        stopped = EmulatedGateway("127.0.0.1", broker.port, "pyemu-gw-stop").start()
        crashed = EmulatedGateway("127.0.0.1", broker.port, "pyemu-gw-crash").start()
        wait_until(lambda: {"pyemu-gw-stop", "pyemu-gw-crash"} <= set(wni.get_gateways()), 10, "both online")
        stopped.stop()
        crashed.crash()  # the broker publishes the last will
        wait_until(lambda: not {"pyemu-gw-stop", "pyemu-gw-crash"} & set(wni.get_gateways()), 10, "both offline")
        assert {"pyemu-gw-stop", "pyemu-gw-crash"} <= set(wni.get_gateways(only_online=False))
        retained = RawClient("127.0.0.1", broker.port, subscriptions=("gw-event/status/pyemu-gw-crash",),
                             name="emulator-last-will")
        try:
            will = raw_status(retained)
            # As the official gateway's last will: OFFLINE with model and version.
            assert (will.state, will.gateway_model) == (wmm.GatewayState.OFFLINE, crashed.model)
        finally:
            retained.close()
    finally:
        wni.close()


def raw_status(client):
    message = client.wait_for(lambda messages: messages, 5, "the retained status")[0]
    return wmm.StatusEvent.from_payload(message[2])
