"""Gateway discovery: get_gateways through the official library, statuses and gateway info through the codec."""

import time

import wirepas_mesh_messaging as wmm

EXPECTED_FEATURES = {
    wmm.GatewayFeature.GW_FEATURE_SCRATCHPAD_CHUNK_V1,
    wmm.GatewayFeature.GW_FEATURE_CONFIGURATION_DATA_V1,
    wmm.GatewayFeature.GW_FEATURE_SINK_KEY_MANAGEMENT_V1,
}


def test_get_gateways_lists_every_simulated_gateway_online(wni, settings):
    online = set(wni.get_gateways())
    ours = {gw for gw in online if gw.startswith(settings.gateway_prefix + "-")}
    assert ours == set(settings.gateway_ids)
    assert set(settings.gateway_ids) <= set(wni.get_gateways(only_online=False))


def _latest_status(capture, gw):
    statuses = [(retain, payload) for _, topic, payload, retain, _ in capture.messages()
                if topic == "gw-event/status/" + gw and payload]
    assert statuses, "no status of %s captured" % gw
    return statuses


def test_retained_status_is_online_with_sinks_model_and_features(wni, capture, settings):
    for gw in settings.gateway_ids:
        statuses = _latest_status(capture, gw)
        # The capture subscribed before anything else ran: its first status of a gateway is the retained one.
        assert statuses[0][0], "the first status of %s did not come as retained message" % gw
        status = wmm.StatusEvent.from_payload(statuses[-1][1])
        assert status.gw_id == gw
        assert status.state == wmm.GatewayState.ONLINE
        assert sorted(c["sink_id"] for c in status.sink_configs) == sorted(settings.sink_ids)
        assert status.gateway_model and status.gateway_version
        assert status.max_scratchpad_size and status.max_scratchpad_size > 0
        assert EXPECTED_FEATURES <= set(status.gateway_features)


def test_get_gw_info_matches_status(raw, capture, settings):
    # The official library has no get_gw_info method: the request is built with the official codec.
    for gw in settings.gateway_ids:
        info = raw.request("get_gw_info", gw, wmm.GetGatewayInfoRequest())
        assert info.res == wmm.GatewayResultCode.GW_RES_OK
        assert info.gw_id == gw
        assert abs(info.current_time_s_epoch - time.time()) < 60
        assert info.implemented_api_version == 2
        status = wmm.StatusEvent.from_payload(_latest_status(capture, gw)[-1][1])
        assert info.gateway_model == status.gateway_model
        assert info.gateway_version == status.gateway_version
        assert info.max_scratchpad_size == status.max_scratchpad_size
        assert set(info.gateway_features) == set(status.gateway_features)
