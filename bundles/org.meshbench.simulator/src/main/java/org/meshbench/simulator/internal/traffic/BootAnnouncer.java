package org.meshbench.simulator.internal.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.simulator.SimulatorEndpoints;
import org.meshbench.simulator.internal.node.SimNode;
import org.meshbench.simulator.internal.sink.SimSink;

/**
 * The boot diagnostics every node of a network sends after it processed a scratchpad and booted the
 * new firmware, each reaching the sink after the reboot delay and its travel time. Stateless.
 */
public final class BootAnnouncer {

    private final UplinkFactory uplinks;
    private final Duration rebootDelay;
    private final Duration hopLatency;

    /**
     * @param uplinks     turns packets into events
     * @param rebootDelay how long a node takes to boot
     * @param hopLatency  travel time per hop
     */
    public BootAnnouncer(UplinkFactory uplinks, Duration rebootDelay, Duration hopLatency) {
        this.uplinks = uplinks;
        this.rebootDelay = rebootDelay;
        this.hopLatency = hopLatency;
    }

    /**
     * @param sink the sink whose nodes just processed a scratchpad
     * @param now  when they started to reboot
     * @return one boot diagnostics packet per node
     */
    public List<Scheduled> announce(SimSink sink, Instant now) {
        List<Scheduled> packets = new ArrayList<>(sink.network().nodes().size());
        Instant booted = now.plus(rebootDelay);
        for (SimNode node : sink.network().nodes()) {
            long travel = node.hopCount() * hopLatency.toMillis();
            Instant arrival = booted.plusMillis(travel);
            Bytes payload = Bytes.of(DiagnosticsSampler.boot(node, sink.network().otap(), now).encode());
            Uplink uplink = new Uplink(node.address(), SimulatorEndpoints.BOOT_DIAGNOSTICS,
                    SimulatorEndpoints.DIAGNOSTICS_DESTINATION, payload, node.hopCount(), travel, 0);
            packets.add(new Scheduled(arrival, uplinks.publication(sink, uplink, arrival)));
        }
        return packets;
    }
}
