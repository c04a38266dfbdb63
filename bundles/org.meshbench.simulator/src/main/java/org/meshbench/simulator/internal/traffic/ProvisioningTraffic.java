package org.meshbench.simulator.internal.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.ProvisioningData;
import org.meshbench.provisioning.ProvisioningFrame;
import org.meshbench.simulator.Publication;
import org.meshbench.simulator.internal.node.ProvisioningCandidate;
import org.meshbench.simulator.internal.node.SimNode;
import org.meshbench.simulator.internal.sink.SimSink;

/**
 * What nodes waiting to be provisioned send: START while unanswered, DATA_ACK or NACK to the
 * server's frames; a provisioned node then joins the network it received (on this gateway; without
 * one it stays where it is) under its new address. Not thread-safe.
 */
public final class ProvisioningTraffic {

    private static final int VOLTAGE_RAW = 100;

    private final UplinkFactory uplinks;
    private final Duration hopLatency;

    /**
     * @param uplinks turns frames into events
     * @param hopLatency travel time per hop
     */
    public ProvisioningTraffic(UplinkFactory uplinks, Duration hopLatency) {
        this.uplinks = uplinks;
        this.hopLatency = hopLatency;
    }

    /**
     * @param sinks the gateway's sinks
     * @param now the current time
     * @return the STARTs due; provisioned nodes have joined their networks
     */
    public List<Publication> tick(Collection<SimSink> sinks, Instant now) {
        List<Publication> starts = new ArrayList<>();
        for (SimSink sink : sinks) {
            for (ProvisioningCandidate candidate : sink.network().candidates()) {
                Optional<ProvisioningData> data = candidate.provisioned();
                if (data.isPresent()) {
                    join(sinks, sink, candidate, data.get());
                } else if (sink.state().started()) {
                    candidate.startIfDue(now).ifPresent(frame -> starts.add(uplinks.publication(sink,
                            uplink(candidate, frame), now)));
                }
            }
        }
        return starts;
    }

    /**
     * @param sink the sink that accepted the downlink
     * @param request a downlink 255→246
     * @param sent when it left the sink
     * @return the node's answer, due when it reaches the sink
     */
    public List<Scheduled> answer(SimSink sink, SendDataRequest request, Instant sent) {
        return sink.network().candidate(request.destinationAddress())
                .flatMap(candidate -> candidate.receive(request.payload().toByteArray()).map(reply -> {
                    Instant arrival = sent.plusMillis(2 * travel(candidate));
                    return new Scheduled(arrival, uplinks.publication(sink, uplink(candidate, reply), arrival));
                })).map(List::of).orElse(List.of());
    }

    private void join(Collection<SimSink> sinks, SimSink from, ProvisioningCandidate candidate, ProvisioningData data) {
        SimSink target = sinks.stream().filter(sink -> data.networkAddress().isPresent()
                && sink.state().networkAddress() == data.networkAddress().getAsLong()).findFirst().orElse(from);
        from.network().removeCandidate(candidate);
        int role = (int) data.nodeRole().orElse(SimNode.ROLE_NON_ROUTER) & 0x0F;
        target.network().join(new SimNode(data.nodeAddress().orElse(candidate.address()), candidate.hopCount(),
                role == SimNode.ROLE_ROUTER ? SimNode.ROLE_ROUTER : SimNode.ROLE_NON_ROUTER, VOLTAGE_RAW, 1));
    }

    private Uplink uplink(ProvisioningCandidate candidate, byte[] frame) {
        return new Uplink(candidate.address(), ProvisioningFrame.NODE_ENDPOINT, ProvisioningFrame.SERVER_ENDPOINT,
                Bytes.of(frame), candidate.hopCount(), travel(candidate), UplinkFactory.QOS);
    }

    private long travel(ProvisioningCandidate candidate) {
        return candidate.hopCount() * hopLatency.toMillis();
    }
}
