"""Small helpers around the official WirepasNetworkInterface."""


def current_config(wni, gw, sink):
    """The library's cached configuration of one sink (from get_sinks), or None."""
    for g, s, config in wni.get_sinks(gateway=[gw]):
        if s == sink:
            return config
    return None


def network_of(wni, entry):
    """The current network address of a fleet entry (a scenario may have changed it)."""
    return current_config(wni, entry.gw, entry.sink)["network_address"]
