package org.meshbench.simulator.internal.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.ProvisioningFrame;
import org.meshbench.simulator.SimulatorEndpoints;
import org.meshbench.simulator.internal.node.NodeOtapStatus;
import org.meshbench.simulator.internal.node.SimNode;
import org.meshbench.simulator.internal.sink.SimSink;

/**
 * What nodes send back after a downlink the sink accepted: Remote API answers (255→240 requests,
 * answered 240→255), echoes (50→51, sent back 51→50 unchanged) and provisioning answers (255→246,
 * answered 246→255, see {@link ProvisioningTraffic}). A broadcast (0xFFFFFFFF) reaches
 * every node; the sink's own address reaches the sink, which answers too. The answer arrives after
 * the initial delay and the travel both ways, one hop latency per hop. Not thread-safe.
 */
public final class DownlinkResponder {

    /** Destination address of a broadcast. */
    public static final long BROADCAST = 0xFFFF_FFFFL;

    private final UplinkFactory uplinks;
    private final Duration hopLatency;
    private final ProvisioningTraffic provisioning;

    /**
     * @param uplinks      turns answers into events
     * @param hopLatency   travel time per hop
     * @param provisioning answers the provisioning server's frames
     */
    public DownlinkResponder(UplinkFactory uplinks, Duration hopLatency, ProvisioningTraffic provisioning) {
        this.uplinks = uplinks;
        this.hopLatency = hopLatency;
        this.provisioning = provisioning;
    }

    /**
     * @param sink    the sink that accepted the downlink
     * @param request the downlink
     * @param now     when the sink accepted it
     * @return the answers, each due when it reaches the sink
     */
    public List<Scheduled> respond(SimSink sink, SendDataRequest request, Instant now) {
        boolean remoteApi = request.sourceEndpoint() == SimulatorEndpoints.REMOTE_API_REQUEST_SOURCE
                && request.destinationEndpoint() == SimulatorEndpoints.REMOTE_API_REQUEST_DESTINATION;
        boolean echo = request.sourceEndpoint() == SimulatorEndpoints.ECHO_SOURCE
                && request.destinationEndpoint() == SimulatorEndpoints.ECHO_DESTINATION;
        Instant sent = now.plusMillis(request.initialDelayMs().orElse(0));
        if (request.sourceEndpoint() == ProvisioningFrame.SERVER_ENDPOINT
                && request.destinationEndpoint() == ProvisioningFrame.NODE_ENDPOINT) {
            return provisioning.answer(sink, request, sent);
        }
        if (!remoteApi && !echo) {
            return List.of();
        }
        List<Scheduled> answers = new ArrayList<>();
        long destination = request.destinationAddress();
        if (destination == sink.state().nodeAddress()) {
            answer(request, remoteApi, SinkOtapStatus.of(sink)).ifPresent(payload -> answers.add(
                    scheduled(sink, new Uplink(destination, sourceOf(request), destinationOf(request), payload, 0, 0,
                            (int) request.qos()), sent)));
        } else {
            NodeOtapStatus status = sink.network().otap().status(now);
            for (SimNode node : destination == BROADCAST ? sink.network().nodes()
                    : sink.network().node(destination).map(List::of).orElse(List.of())) {
                long travel = node.hopCount() * hopLatency.toMillis();
                answer(request, remoteApi, status).ifPresent(payload -> answers.add(scheduled(sink,
                        new Uplink(node.address(), sourceOf(request), destinationOf(request), payload,
                                node.hopCount(), travel, (int) request.qos()), sent.plusMillis(travel))));
            }
        }
        return answers;
    }

    private static Optional<Bytes> answer(SendDataRequest request, boolean remoteApi, NodeOtapStatus status) {
        if (!remoteApi) {
            return Optional.of(request.payload());
        }
        return RemoteApi.answer(request.payload().toByteArray(), status).map(Bytes::of);
    }

    /** The answer leaves from the endpoint the request went to … */
    private static int sourceOf(SendDataRequest request) {
        return (int) request.destinationEndpoint();
    }

    /** … and goes to the endpoint the request came from. */
    private static int destinationOf(SendDataRequest request) {
        return (int) request.sourceEndpoint();
    }

    private Scheduled scheduled(SimSink sink, Uplink uplink, Instant reachedNode) {
        Instant arrival = reachedNode.plusMillis(uplink.travelTimeMs());
        return new Scheduled(arrival, uplinks.publication(sink, uplink, arrival));
    }
}
