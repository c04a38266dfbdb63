package org.meshbench.network.internal.inbound;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.meshbench.network.SinkRef;

/**
 * Reuses one {@link SinkRef} per gateway and sink, so that the received-data path neither
 * re-validates ids nor allocates per packet. Bounded: past {@value #MAX_ENTRIES} gateways, or
 * sinks of one gateway, new refs are made without caching. Thread-safe.
 */
final class SinkRefCache {
    private static final int MAX_ENTRIES = 4096;

    private final Map<String, Map<String, SinkRef>> refs = new ConcurrentHashMap<>();

    SinkRef of(String gatewayId, String sinkId) {
        Map<String, SinkRef> sinks = refs.get(gatewayId);
        if (sinks == null) {
            if (refs.size() >= MAX_ENTRIES) {
                return new SinkRef(gatewayId, sinkId);
            }
            sinks = refs.computeIfAbsent(gatewayId, id -> new ConcurrentHashMap<>());
        }
        SinkRef ref = sinks.get(sinkId);
        if (ref == null) {
            ref = new SinkRef(gatewayId, sinkId);
            if (sinks.size() < MAX_ENTRIES) {
                sinks.putIfAbsent(sinkId, ref);
            }
        }
        return ref;
    }
}
