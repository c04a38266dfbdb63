"""Error responses the simulator gives where the official gateway drops a request (simulator README, "Deliberate
differences"), decoded with the official codec: requests built by hand or with bad content."""

import pytest
import wirepas_mesh_messaging as wmm
from wirepas_mesh_messaging.proto import GenericMessage

from interop import codec

Code = wmm.GatewayResultCode

SINK_LEVEL_REQUESTS = {
    "set_config": lambda sink: wmm.SetConfigRequest(sink, {"network_channel": 5}),
    "send_data": lambda sink: wmm.SendDataRequest(1, 50, 51, 0, b"x", sink_id=sink),
    "otap_status": lambda sink: wmm.GetScratchpadStatusRequest(sink),
    "otap_load_scratchpad": lambda sink: wmm.UploadScratchpadRequest(1, sink, scratchpad=bytes(16)),
    "otap_process_scratchpad": lambda sink: wmm.ProcessScratchpadRequest(sink),
    "otap_set_target_scratchpad": lambda sink: wmm.SetScratchpadTargetAndActionRequest(
        sink, {"action": wmm.ScratchpadAction.ACTION_NO_OTAP}),
    "set_configuration_data_item": lambda sink: wmm.SetConfigurationDataItemRequest(sink, 1, b"x"),
    "get_configuration_data_item": lambda sink: wmm.GetConfigurationDataItemRequest(sink, 1),
}


@pytest.mark.parametrize("command", sorted(SINK_LEVEL_REQUESTS))
def test_unknown_sink_is_answered_invalid_sink_id(raw, sink_for, command):
    entry = sink_for("traffic")
    response = raw.request(command, entry.gw, SINK_LEVEL_REQUESTS[command]("sink99"), sink_id="sink99")
    assert response.res == Code.GW_RES_INVALID_SINK_ID
    assert response.sink_id == "sink99"


def test_undecodable_request_with_readable_id_gets_invalid_param(raw, sink_for):
    entry = sink_for("traffic")
    message = GenericMessage()
    request = message.wirepas.send_packet_req
    request.header.req_id = 0x1234_5678_9ABC
    request.header.sink_id = entry.sink
    request.destination_address = 1  # source/destination endpoint, qos and payload (required) are missing
    payload = message.SerializePartialToString()
    response = raw.request_raw(codec.request_topic("send_data", entry.gw, entry.sink), payload,
                               codec.response_topic("send_data", entry.gw, entry.sink), 0x1234_5678_9ABC,
                               wmm.SendDataResponse)
    assert response.res == Code.GW_RES_INVALID_PARAM


def test_header_sink_contradicting_the_topic_gets_invalid_param(raw, fleet, sink_for, settings):
    entry = sink_for("traffic")
    other = next(s for s in settings.sink_ids if s != entry.sink)
    request = wmm.GetScratchpadStatusRequest(other)
    response = raw.request_raw(codec.request_topic("otap_status", entry.gw, entry.sink), request.payload,
                               codec.response_topic("otap_status", entry.gw, entry.sink), request.req_id,
                               wmm.GetScratchpadStatusResponse)
    assert response.res == Code.GW_RES_INVALID_PARAM


def test_request_without_header_sink_uses_the_topic_sink(raw, sink_for):
    entry = sink_for("traffic")
    request = wmm.GetScratchpadStatusRequest(None)  # no sink id in the header
    response = raw.request("otap_status", entry.gw, request, sink_id=entry.sink)
    assert response.res == Code.GW_RES_OK
    assert response.sink_id == entry.sink


def test_garbage_is_dropped(raw, sink_for):
    entry = sink_for("traffic")
    topic = codec.response_topic("send_data", entry.gw, entry.sink)
    since = raw.mark()
    raw.publish(codec.request_topic("send_data", entry.gw, entry.sink), b"\xff\xff\xff")
    with pytest.raises(AssertionError, match="timed out"):
        raw.wait_for(lambda messages: [m for m in messages if m[1] == topic], 1.5, "no response", since)
