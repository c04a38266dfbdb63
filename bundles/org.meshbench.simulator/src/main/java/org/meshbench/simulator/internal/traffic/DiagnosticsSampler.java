package org.meshbench.simulator.internal.traffic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.meshbench.simulator.internal.node.NetworkOtap;
import org.meshbench.simulator.internal.node.NodeOtapStatus;
import org.meshbench.simulator.internal.node.SimNetwork;
import org.meshbench.simulator.internal.node.SimNode;
import org.meshbench.simulator.internal.sink.SimSink;
import org.meshbench.simulator.internal.sink.SinkHardware;

/** Draws plausible diagnostics values for a node from the gateway's traffic random stream. */
final class DiagnosticsSampler {

    private static final int MAX_NEIGHBORS = 8;
    private static final int ACCESS_CYCLE_MS = 2000;

    private DiagnosticsSampler() {
    }

    static TrafficDiagnostics traffic(SplittableRandom random, int channel) {
        int rx = random.nextInt(10, 500);
        return new TrafficDiagnostics(random.nextInt(20, 40), channel, random.nextInt(80, 101), rx,
                rx / 2 + random.nextInt(0, 50), random.nextInt(0, 30), random.nextInt(90, 101),
                random.nextInt(50, 101), random.nextInt(0, 5), random.nextInt(90, 101), random.nextInt(0, 20),
                random.nextInt(0, 5), random.nextInt(10, 60), random.nextInt(0, 30), random.nextInt(0, 20));
    }

    static NeighborDiagnostics neighbors(SplittableRandom random, SimNetwork network, SimNode node) {
        List<SimNode> nodes = network.nodes();
        int count = Math.min(nodes.size() - 1, random.nextInt(1, MAX_NEIGHBORS + 1));
        List<NeighborDiagnostics.Neighbor> neighbors = new ArrayList<>(Math.max(0, count));
        for (int i = 0; i < count; i++) {
            SimNode neighbor = nodes.get(random.nextInt(nodes.size()));
            if (neighbor != node) {
                neighbors.add(new NeighborDiagnostics.Neighbor(neighbor.address(),
                        random.nextInt((int) SinkHardware.CHANNEL_LIMITS.minChannel(),
                                (int) SinkHardware.CHANNEL_LIMITS.maxChannel() + 1),
                        random.nextInt(0, 8), neighbor.roleByte(), random.nextInt(40, 100)));
            }
        }
        return new NeighborDiagnostics(neighbors);
    }

    static NodeDiagnostics node(SplittableRandom random, SimSink sink, SimNode node) {
        long sinkAddress = sink.state().nodeAddress();
        List<SimNode> nodes = sink.network().nodes();
        long nextHop = node.hopCount() == 1 ? sinkAddress : nodes.get(random.nextInt(nodes.size())).address();
        int maxBuffer = random.nextInt(0, 30);
        return new NodeDiagnostics(ACCESS_CYCLE_MS, node.roleByte(), node.voltageRaw(), maxBuffer,
                maxBuffer / 2, random.nextInt(0, 3), random.nextInt(0, 2), sinkAddress, nextHop,
                node.hopCount(), random.nextInt(100, 256), random.nextInt(0, 1000));
    }

    static BootDiagnostics boot(SimNode node, NetworkOtap otap, Instant now) {
        NodeOtapStatus status = otap.status(now);
        return new BootDiagnostics((node.initialBootCount() + otap.reboots()) & 0xFF, node.roleByte(),
                otap.firmware(), status.processed().seq(), SinkHardware.HW_MAGIC, SinkHardware.STACK_PROFILE,
                true, status.stored().seq());
    }
}
