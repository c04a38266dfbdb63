package org.meshbench.simulator.internal.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.simulator.Publication;
import org.meshbench.simulator.SimulatorEndpoints;
import org.meshbench.simulator.internal.node.SimNode;
import org.meshbench.simulator.internal.sink.SimSink;

/**
 * The periodic uplink of one gateway's nodes. Packets are due at the profile's rate: each call
 * emits the packets due since the previous call, sinks taking turns and the node drawn at random.
 * A stopped sink hears nothing, so its turns produce no packet. While a sink's diagnostic interval
 * is not 0, a share of its packets are traffic, neighbor or node diagnostics. Not thread-safe.
 */
public final class TrafficGenerator {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final int DIAGNOSTIC_KINDS = 3;

    private final List<SimSink> sinks;
    private final TrafficProfile profile;
    private final SplittableRandom random;
    private final UplinkFactory uplinks;
    private Instant last;
    private double due;
    private int nextSink;

    /**
     * @param sinks   the gateway's sinks
     * @param profile rate, endpoints and mix
     * @param random  where node choices and payload bytes come from
     * @param uplinks turns packets into events
     */
    public TrafficGenerator(List<SimSink> sinks, TrafficProfile profile, SplittableRandom random,
            UplinkFactory uplinks) {
        this.sinks = List.copyOf(sinks);
        this.profile = profile;
        this.random = random;
        this.uplinks = uplinks;
    }

    /**
     * @param now the current time; the first call only starts the clock
     * @return the packets due since the previous call
     */
    public List<Publication> generate(Instant now) {
        if (last == null || now.isBefore(last)) {
            last = now;
            return List.of();
        }
        due += Duration.between(last, now).toNanos() * profile.packetsPerSecond() / NANOS_PER_SECOND;
        last = now;
        int count = (int) Math.min(Integer.MAX_VALUE, Math.floor(due));
        due -= count;
        List<Publication> packets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SimSink sink = sinks.get(nextSink);
            nextSink = (nextSink + 1) % sinks.size();
            List<SimNode> nodes = sink.network().nodes();
            if (sink.state().started() && !nodes.isEmpty()) {
                SimNode node = nodes.get(random.nextInt(nodes.size()));
                packets.add(uplinks.publication(sink, packet(sink, node), now));
            }
        }
        return packets;
    }

    private Uplink packet(SimSink sink, SimNode node) {
        boolean diagnosticsOn = sink.state().appConfig().diagIntervalS() > 0;
        if (diagnosticsOn && random.nextDouble() < profile.diagnosticsShare()) {
            return diagnostics(sink, node);
        }
        byte[] payload = new byte[profile.payloadSize()];
        long counter = node.nextUplinkCounter();
        for (int i = 0; i < 4; i++) {
            payload[i] = (byte) (counter >>> (8 * i));
        }
        for (int i = 4; i < payload.length; i++) {
            payload[i] = (byte) random.nextInt(256);
        }
        return uplink(node, profile.applicationSource(), profile.applicationDestination(), payload);
    }

    private Uplink diagnostics(SimSink sink, SimNode node) {
        int channel = (int) sink.state().networkChannel();
        return switch (random.nextInt(DIAGNOSTIC_KINDS)) {
            case 0 -> uplink(node, SimulatorEndpoints.TRAFFIC_DIAGNOSTICS, SimulatorEndpoints.DIAGNOSTICS_DESTINATION,
                    DiagnosticsSampler.traffic(random, channel).encode());
            case 1 -> uplink(node, SimulatorEndpoints.NEIGHBOR_DIAGNOSTICS, SimulatorEndpoints.DIAGNOSTICS_DESTINATION,
                    DiagnosticsSampler.neighbors(random, sink.network(), node).encode());
            default -> uplink(node, SimulatorEndpoints.NODE_DIAGNOSTICS, SimulatorEndpoints.DIAGNOSTICS_DESTINATION,
                    DiagnosticsSampler.node(random, sink, node).encode());
        };
    }

    private Uplink uplink(SimNode node, int sourceEndpoint, int destinationEndpoint, byte[] payload) {
        long hopMillis = profile.hopLatency().toMillis();
        long travel = node.hopCount() * hopMillis + random.nextLong(0, hopMillis + 1);
        return new Uplink(node.address(), sourceEndpoint, destinationEndpoint, Bytes.of(payload), node.hopCount(),
                travel, 0);
    }
}
