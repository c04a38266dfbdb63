package org.meshbench.network.internal.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meshbench.mesh.EndpointPair;
import org.meshbench.network.Node;
import org.meshbench.network.SinkRef;

class NodeStoreTest {
    private static final SinkRef SINK = new SinkRef("gw1", "sink0");
    private static final SinkRef OTHER_SINK = new SinkRef("gw2", "sink1");

    private static PacketFacts packet(long network, long source, long srcEp, long dstEp, long hops, long travel) {
        return new PacketFacts(network, source, srcEp, dstEp, hops, travel);
    }

    @Test
    void tracksFirstAndLastSeenHopsTravelTimeAndPacketsPerEndpointPair() {
        NodeStore store = new NodeStore(100);
        store.record(packet(7, 42, 10, 20, 3, 40), SINK, 1_000);
        store.record(packet(7, 42, 10, 20, 2, 60), SINK, 2_000);
        store.record(packet(7, 42, 238, 238, 1, 20), OTHER_SINK, 3_000);

        Node node = store.find(7, 42).orElseThrow();
        assertEquals(Instant.ofEpochMilli(1_000), node.firstSeen());
        assertEquals(Instant.ofEpochMilli(3_000), node.lastSeen());
        assertEquals(1, node.hopCount());
        assertEquals(20, node.travelTimeMs());
        assertEquals(40, node.averageTravelTimeMs());
        assertEquals(3, node.packetCount());
        assertEquals(Map.of(new EndpointPair(10, 20), 2L, new EndpointPair(238, 238), 1L), node.packetsPerEndpoints());
        assertEquals(OTHER_SINK, node.lastSink());
    }

    @Test
    void keysNodesByNetworkAndAddress() {
        NodeStore store = new NodeStore(100);
        store.record(packet(1, 42, 1, 1, 0, 0), SINK, 10);
        store.record(packet(2, 42, 1, 1, 0, 0), SINK, 10);
        store.record(packet(0xFFFF_FFFF_FFL, 0xFFFF_FFFFL, 1, 1, 0, 0), SINK, 10);

        assertEquals(3, store.size());
        assertEquals(1, store.list(1).size());
        assertEquals(0xFFFF_FFFFL, store.find(0xFFFF_FFFF_FFL, 0xFFFF_FFFFL).orElseThrow().address());
        assertTrue(store.find(3, 42).isEmpty());
    }

    @Test
    void expiresNodesSilentSinceTheCutoff() {
        NodeStore store = new NodeStore(100);
        store.record(packet(1, 1, 1, 1, 0, 0), SINK, 1_000);
        store.record(packet(1, 2, 1, 1, 0, 0), SINK, 5_000);

        assertEquals(1, store.expire(2_000));
        assertEquals(List.of(2L), store.list(1).stream().map(Node::address).toList());
        assertEquals(1, store.expiredCount());
    }

    @Test
    void evictsTheLeastRecentlySeenWhenFull() {
        NodeStore store = new NodeStore(100);
        for (int address = 0; address < 100; address++) {
            store.record(packet(1, address, 1, 1, 0, 0), SINK, 1_000 + address);
        }
        store.record(packet(1, 500, 1, 1, 0, 0), SINK, 5_000);

        assertTrue(store.size() <= 100);
        assertTrue(store.evictedCount() >= 1);
        assertTrue(store.find(1, 0).isEmpty(), "the oldest node goes first");
        assertTrue(store.find(1, 99).isPresent(), "the newest old node stays");
        assertTrue(store.find(1, 500).isPresent());
    }

    @Test
    void countsOnlyTheFirstEndpointPairsSeparately() {
        NodeStore store = new NodeStore(10);
        for (int endpoint = 0; endpoint < Node.MAX_TRACKED_ENDPOINT_PAIRS + 4; endpoint++) {
            store.record(packet(1, 1, endpoint, endpoint, 0, 0), SINK, 10);
        }
        Node node = store.find(1, 1).orElseThrow();
        assertEquals(Node.MAX_TRACKED_ENDPOINT_PAIRS, node.packetsPerEndpoints().size());
        assertEquals(Node.MAX_TRACKED_ENDPOINT_PAIRS + 4, node.packetCount());
    }

    @Test
    void staysConsistentWithAReferenceMapUnderRandomInsertsAndExpiry() {
        NodeStore store = new NodeStore(1_000_000);
        Map<Long, Long> lastSeen = new HashMap<>();
        Random random = new Random(42);
        for (long now = 1; now <= 40_000; now++) {
            long address = random.nextInt(5_000);
            store.record(packet(9, address, 1, 1, 0, 0), SINK, now);
            lastSeen.put(address, now);
            if (now % 2_000 == 0) {
                long cutoff = now - 3_000;
                store.expire(cutoff);
                lastSeen.values().removeIf(seen -> seen < cutoff);
                assertEquals(lastSeen.size(), store.size());
            }
        }
        Set<Long> tracked = new HashSet<>();
        store.list(9).forEach(node -> tracked.add(node.address()));
        assertEquals(lastSeen.keySet(), tracked);
        for (Map.Entry<Long, Long> entry : lastSeen.entrySet()) {
            assertEquals(entry.getValue(), store.find(9, entry.getKey()).orElseThrow().lastSeen().toEpochMilli());
        }
        assertFalse(store.find(9, 5_000).isPresent());
    }
}
