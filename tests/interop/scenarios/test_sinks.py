"""Sink discovery with get_sinks: every sink, its configuration as the library documents it, and the filters."""

# The keys get_sinks documents for a configured sink (WirepasNetworkInterface.get_sinks docstring).
DOCUMENTED_KEYS = {
    "sink_id", "node_role", "node_address", "network_address", "network_channel", "app_config_diag",
    "app_config_seq", "app_config_data", "are_keys_set", "started", "current_ac_range_min",
    "current_ac_range_max", "min_ac", "max_ac", "max_mtu", "min_ch", "max_ch", "hw_magic", "stack_profile",
    "app_config_max_size", "firmware_version",
}


def _ours(sinks, settings):
    return [(gw, sink, config) for gw, sink, config in sinks if gw in settings.gateway_ids]


def test_get_sinks_lists_every_sink_with_its_documented_configuration(wni, settings):
    sinks = _ours(wni.get_sinks(), settings)
    assert sorted((gw, sink) for gw, sink, _ in sinks) == sorted(
        (gw, sink) for gw in settings.gateway_ids for sink in settings.sink_ids)
    for gw, sink, config in sinks:
        assert config["sink_id"] == sink
        missing = DOCUMENTED_KEYS - set(config)
        assert not missing, "%s/%s lacks %s" % (gw, sink, sorted(missing))
        assert config["node_role"] & 0x0F == 1, "a sink's base role is SINK (1)"
        assert 1 <= config["network_address"] <= 0xFFFFFE
        assert config["min_ch"] <= config["network_channel"] <= config["max_ch"]
        assert config["min_ac"] <= config["current_ac_range_min"] <= config["current_ac_range_max"] <= config["max_ac"]
        assert len(config["app_config_data"]) <= config["app_config_max_size"]
        assert len(config["firmware_version"]) == 4
    addresses = [config["network_address"] for _, _, config in sinks]
    assert len(set(addresses)) == len(addresses), "network addresses are distinct over the fleet"


def test_get_sinks_filters_by_network_address(wni, settings, fleet):
    for entry in fleet:
        current = [c for g, s, c in wni.get_sinks(gateway=entry.gw) if s == entry.sink][0]
        found = wni.get_sinks(network_address=current["network_address"])
        assert [(g, s) for g, s, _ in found] == [(entry.gw, entry.sink)]
    assert wni.get_sinks(network_address=0xFFFFFF) == []


def test_get_sinks_filters_by_gateway_and_gateway_list(wni, settings):
    first, second = settings.gateway_ids[0], settings.gateway_ids[1]
    assert {(gw, sink) for gw, sink, _ in wni.get_sinks(gateway=first)} == {(first, s) for s in settings.sink_ids}
    assert {gw for gw, _, _ in wni.get_sinks(gateway=[first, second])} == {first, second}
    assert wni.get_sinks(gateway="no-such-gateway") == []
