"""send_message, synchronous and asynchronous, answered by the simulated nodes' echo (50→51, back 51→50)."""

import os

import pytest
import wirepas_mesh_messaging as wmm

from interop.waits import Collector

OK = wmm.GatewayResultCode.GW_RES_OK
ECHO_SRC, ECHO_DST = 50, 51  # SimulatorEndpoints.ECHO_SOURCE / ECHO_DESTINATION


def _echoes(uplink, entry):
    return uplink(gateway=entry.gw, sink=entry.sink, src_ep=ECHO_DST, dst_ep=ECHO_SRC)


def test_sync_send_to_the_sink_is_echoed(wni, sink_for, uplink):
    entry = sink_for("traffic")
    echoes = _echoes(uplink, entry)
    payload = os.urandom(12)
    assert wni.send_message(entry.gw, entry.sink, entry.node_address, ECHO_SRC, ECHO_DST, payload) == OK
    (echo,) = echoes.wait_for(lambda items: [e for e in items if e.data_payload == payload], 5, "the echo")
    assert echo.source_address == entry.node_address
    assert echo.gw_id == entry.gw and echo.sink_id == entry.sink
    assert echo.network_address == entry.network_address


def test_sync_send_to_a_node_is_echoed_after_its_hops(wni, sink_for, uplink):
    entry = sink_for("traffic")
    traffic = uplink(gateway=entry.gw, sink=entry.sink, src_ep=1, dst_ep=1)
    node = traffic.wait_count(1, 10, "an application packet from a node")[0]
    echoes = _echoes(uplink, entry)
    payload = os.urandom(20)
    assert wni.send_message(entry.gw, entry.sink, node.source_address, ECHO_SRC, ECHO_DST, payload, qos=1) == OK
    (echo,) = echoes.wait_for(lambda items: [e for e in items if e.data_payload == payload], 10, "the node's echo")
    assert echo.source_address == node.source_address
    assert echo.qos == 1
    assert echo.hop_count == node.hop_count
    assert echo.travel_time_ms >= 0


def test_broadcast_is_echoed_by_every_node(wni, sink_for, uplink, settings):
    entry = sink_for("traffic")
    echoes = _echoes(uplink, entry)
    payload = os.urandom(8)
    assert wni.send_message(entry.gw, entry.sink, 0xFFFFFFFF, ECHO_SRC, ECHO_DST, payload, hop_limit=15) == OK
    sources = echoes.wait_for(
        lambda items: {e.source_address for e in items if e.data_payload == payload} if len(
            {e.source_address for e in items if e.data_payload == payload}) >= settings.nodes else None,
        15, "an echo from each of the %d nodes" % settings.nodes)
    assert len(sources) == settings.nodes
    assert entry.node_address not in sources


def test_async_send_calls_back_with_result_and_param(wni, sink_for, uplink):
    entry = sink_for("traffic")
    echoes = _echoes(uplink, entry)
    results = Collector()
    payloads = [os.urandom(10) for _ in range(10)]
    for index, payload in enumerate(payloads):
        assert wni.send_message(entry.gw, entry.sink, entry.node_address, ECHO_SRC, ECHO_DST, payload,
                                csma_ca_only=bool(index % 2), cb=results, param=("p", index)) is None
    answered = results.wait_count(len(payloads), 10, "a callback per asynchronous send")
    assert sorted(param for _, param in answered) == [("p", i) for i in range(len(payloads))]
    assert all(res == OK for res, _ in answered)
    echoes.wait_for(lambda items: {e.data_payload for e in items} >= set(payloads), 10, "every echo")


def test_downlink_traffic_callback_sees_request_and_response(wni, sink_for, downlink):
    entry = sink_for("traffic")
    seen = downlink(gateway=entry.gw, sink=entry.sink, src_ep=ECHO_SRC, dst_ep=ECHO_DST)
    payload = os.urandom(6)
    assert wni.send_message(entry.gw, entry.sink, entry.node_address, ECHO_SRC, ECHO_DST, payload) == OK
    request, response = seen.wait_for(lambda items: [i for i in items if i[0].data_payload == payload], 5,
                                      "the downlink callback")[0]
    assert (request.gw_id, request.sink_id) == (entry.gw, entry.sink)
    assert request.destination_address == entry.node_address
    assert response.res == OK and response.gw_id == entry.gw and response.sink_id == entry.sink


@pytest.mark.parametrize("kwargs, expected", [
    (dict(hop_limit=16), wmm.GatewayResultCode.GW_RES_INVALID_MAX_HOP_COUNT),
    (dict(payload=bytes(103)), wmm.GatewayResultCode.GW_RES_INVALID_DATA_PAYLOAD),
    (dict(qos=2), wmm.GatewayResultCode.GW_RES_INVALID_QOS),
    (dict(src_ep=256), wmm.GatewayResultCode.GW_RES_INVALID_SRC_ENDPOINT),
    (dict(dst_ep=256), wmm.GatewayResultCode.GW_RES_INVALID_DEST_ENDPOINT),
    (dict(sink="sink99"), wmm.GatewayResultCode.GW_RES_INVALID_SINK_ID),
], ids=["hop_limit_16", "payload_103_bytes", "qos_2", "src_ep_256", "dst_ep_256", "unknown_sink"])
def test_send_refused_with_the_specific_code(wni, sink_for, kwargs, expected):
    entry = sink_for("traffic")
    args = dict(sink=entry.sink, dest=entry.node_address, src_ep=ECHO_SRC, dst_ep=ECHO_DST, payload=b"x")
    args.update(kwargs)
    res = wni.send_message(entry.gw, args.pop("sink"), args.pop("dest"), args.pop("src_ep"), args.pop("dst_ep"),
                           args.pop("payload"), **args)
    assert res == expected


def test_send_to_an_unknown_gateway_times_out(wni, sink_for):
    # Nobody answers for another gateway id: the library raises TimeoutError after gw_timeout_s (2 s).
    entry = sink_for("traffic")
    with pytest.raises(TimeoutError):
        wni.send_message("no-such-gateway", entry.sink, entry.node_address, ECHO_SRC, ECHO_DST, b"x")
