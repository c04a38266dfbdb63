"""Uplink callbacks of the official library with each of its filters (scalar or list, all ANDed)."""

import collections
import struct
import time

from interop.library import network_of
from interop.waits import Collector

APP_EP = 1  # the simulator's default application endpoints 1→1
DIAG_SIZES = {251: lambda n: n == 18, 252: lambda n: n > 0 and n % 7 == 0, 253: lambda n: n == 67,
              254: lambda n: n == 31}


def test_gateway_sink_and_endpoint_filter(uplink, sink_for, settings):
    entry = sink_for("traffic")
    packets = uplink(gateway=entry.gw, sink=entry.sink, src_ep=APP_EP, dst_ep=APP_EP)
    received = packets.wait_count(15, 15, "15 application packets of %s/%s" % (entry.gw, entry.sink))
    counters = collections.defaultdict(list)
    for event in received:
        assert (event.gw_id, event.sink_id) == (entry.gw, entry.sink)
        assert (event.source_endpoint, event.destination_endpoint) == (APP_EP, APP_EP)
        assert event.network_address == entry.network_address
        assert len(event.data_payload) == 16
        assert abs(event.rx_time_ms_epoch / 1000 - time.time()) < 60
        assert event.qos in (0, 1)
        counters[event.source_address].append(struct.unpack_from("<I", event.data_payload)[0])
    for node, values in counters.items():
        # Each node counts its application packets: consecutive values, in order (QoS 1 keeps the order).
        assert values == list(range(values[0], values[0] + len(values))), "node %d counters %s" % (node, values)
    assert len({e.event_id for e in received}) == len(received), "event ids are unique"


def test_network_filter_with_a_list(uplink, wni, sink_for):
    first, second = sink_for("traffic"), sink_for("cdd")
    networks = [network_of(wni, first), network_of(wni, second)]
    packets = uplink(network=networks)
    received = packets.wait_for(lambda items: items if {e.network_address for e in items} == set(networks) else None,
                                15, "packets from both networks %s" % networks)
    assert {(e.gw_id, e.sink_id) for e in received} <= {(first.gw, first.sink), (second.gw, second.sink)}


def test_gateway_filter_with_a_list(uplink, settings):
    wanted = settings.gateway_ids[:2]
    packets = uplink(gateway=wanted)
    received = packets.wait_for(lambda items: items if {e.gw_id for e in items} == set(wanted) else None, 15,
                                "packets from %s" % wanted)
    assert {e.gw_id for e in received} == set(wanted)


def test_diagnostics_by_destination_endpoint(uplink):
    diagnostics = uplink(src_ep=[251, 252, 253, 254], dst_ep=255)
    received = diagnostics.wait_count(5, 30, "5 diagnostics packets")
    for event in received:
        assert event.destination_endpoint == 255
        assert DIAG_SIZES[event.source_endpoint](len(event.data_payload)), \
            "diagnostics %d→255 of %d bytes" % (event.source_endpoint, len(event.data_payload))


def test_filter_that_matches_nothing_and_unregister(uplink, wni, sink_for):
    entry = sink_for("traffic")
    nothing = uplink(gateway="no-such-gateway")
    everything = uplink()
    some = uplink(gateway=entry.gw, sink=entry.sink)
    everything.wait_count(20, 15, "20 packets")
    assert len(nothing) == 0
    some.wait_count(1, 10, "a packet of %s/%s" % (entry.gw, entry.sink))

    stopped = Collector()
    filter_id = wni.register_uplink_traffic_cb(stopped)
    stopped.wait_count(1, 10, "a packet through the new filter")
    wni.unregister_uplink_traffic_cb(filter_id)
    time.sleep(0.5)  # callbacks already queued on the worker may still run
    count = len(stopped)
    everything_before = len(everything)
    time.sleep(2)
    assert len(everything) > everything_before, "traffic kept flowing"
    assert len(stopped) == count, "an unregistered callback was called again"
