"""Fixtures of the scenarios that run while the simulator runs.

Every scenario that changes a sink works on a sink of its own (``sink_for(role)``), so that the scenarios do
not depend on each other's order. The capture of everything on the broker starts before the first scenario and
is decoded by the last one (test_codec_decode.py).
"""

import collections
import logging
import os

import pytest
from wirepas_mqtt_library import WirepasNetworkInterface

from interop.mqtt_raw import RawClient
from wirepas_emulator import EmulatedGateway
from interop.waits import Collector, wait_until

#: which sink each scenario that changes state may use, as an index into the (gateway, sink) pairs in order
SINK_ROLES = {
    "traffic": 0,     # send_message, uplink callbacks, codec round: leaves the sink as it was
    "config": 1,      # set_sink_config
    "cdd": 2,         # configuration data items
    "tlv": 3,         # TLV app-config helper
    "otap": 4,        # OTAP helper (network-wide calls, the sink is alone in its network)
    "scratchpad": 5,  # upload/process/status/target through the network interface itself
}

Sink = collections.namedtuple("Sink", "gw sink config network_address node_address")


@pytest.fixture(scope="session")
def capture(settings):
    """Everything published on the broker from the start of the session on (subscription to #)."""
    client = RawClient(settings.broker_host, settings.broker_port, subscriptions=("#",), name="interop-capture")
    yield client
    client.save(os.path.join(settings.out_dir, "capture-live.jsonl"))
    client.close()


@pytest.fixture(scope="session", autouse=True)
def _capture_from_the_start(capture):
    return capture


@pytest.fixture(scope="session")
def raw(settings):
    """A plain client for requests the official library has no method for (answers come on gw-response/#)."""
    client = RawClient(settings.broker_host, settings.broker_port, subscriptions=("gw-response/#",),
                       name="interop-requests")
    yield client
    client.close()


@pytest.fixture(scope="session")
def wni(settings):
    """The official WirepasNetworkInterface, created as the library's examples do (plain TCP: insecure=True)."""
    interface = WirepasNetworkInterface(settings.broker_host, settings.broker_port, None, None, insecure=True)
    # get_gateways() itself waits for the connection (4 s at most) and then 2 s for the retained statuses.
    wait_until(lambda: set(settings.gateway_ids) <= set(interface.get_gateways()), 30,
               "every simulated gateway ONLINE in get_gateways()")
    yield interface
    interface.close()


@pytest.fixture(scope="session")
def fleet(wni, settings):
    """The (gateway, sink) pairs of the simulator in order, with their configuration at the start."""
    needed = max(SINK_ROLES.values()) + 1
    if settings.gateways * settings.sinks < needed:
        pytest.fail("the scenarios need at least %d sinks (--gateways × --sinks)" % needed)
    by_pair = {(gw, sink): config for gw, sink, config in wni.get_sinks(gateway=settings.gateway_ids)}
    pairs = [(gw, sink) for gw in settings.gateway_ids for sink in settings.sink_ids]
    missing = [pair for pair in pairs if pair not in by_pair]
    assert not missing, "get_sinks() does not list %s" % missing
    return [Sink(gw, sink, by_pair[(gw, sink)], by_pair[(gw, sink)]["network_address"],
                 by_pair[(gw, sink)]["node_address"]) for gw, sink in pairs]


@pytest.fixture(scope="session")
def sink_for(fleet):
    """``sink_for("config")``: the sink reserved for a role in SINK_ROLES, as it was at the start."""
    return lambda role: fleet[SINK_ROLES[role]]


@pytest.fixture
def uplink(wni):
    """``uplink(**filters)``: registers a Collector as uplink callback; unregistered after the test."""
    ids = []

    def register(**filters):
        collector = Collector()
        ids.append(wni.register_uplink_traffic_cb(collector, **filters))
        return collector

    yield register
    for filter_id in ids:
        try:
            wni.unregister_uplink_traffic_cb(filter_id)
        except KeyError:
            logging.warning("uplink filter %s was already unregistered", filter_id)


@pytest.fixture
def downlink(wni):
    """``downlink(**filters)``: registers a Collector as downlink callback; unregistered after the test."""
    ids = []

    def register(**filters):
        collector = Collector()
        ids.append(wni.register_downlink_traffic_cb(collector, **filters))
        return collector

    yield register
    for filter_id in ids:
        wni.unregister_downlink_traffic_cb(filter_id)


@pytest.fixture
def emulated_gateway(settings):
    """``emulated_gateway("pyemu-gw-0", ["sink0"])``: a gateway emulated with the official codec on the suite's
    broker, for scenarios where Meshbench is the backend (the network service); after the test it leaves and
    removes its retained status. Use ids outside the simulator's prefix (sim-gw-)."""
    started = []

    def start(gw_id, sink_ids=("sink0",), **kwargs):
        assert not gw_id.startswith(settings.gateway_prefix + "-"), "the simulator owns %s-*" % settings.gateway_prefix
        gateway = EmulatedGateway(settings.broker_host, settings.broker_port, gw_id, list(sink_ids), **kwargs)
        started.append(gateway.start())
        return gateway

    yield start
    for gateway in started:
        gateway.stop(clear=True)
