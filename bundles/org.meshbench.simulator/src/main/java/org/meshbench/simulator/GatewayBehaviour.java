package org.meshbench.simulator;

import java.util.List;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.simulator.internal.gateway.GatewayCore;
import org.meshbench.simulator.internal.node.SimNode;
import org.meshbench.simulator.internal.sink.SimSink;

/**
 * One simulated gateway with its sinks and nodes, free of MQTT: it maps each request and the passing
 * of time (read from the configured clock) to the messages a real gateway would publish. An MQTT
 * adapter subscribes to {@link #requestTopicFilters()} at QoS 2, publishes
 * {@link #onlineStatus()} after every connect, sets {@link #offlineStatus()} as its last will, and
 * publishes what {@link #handleRequest} and {@link #tick()} return.
 *
 * <p>Thread-safe: every method is synchronized, so requests and ticks from different threads are
 * handled one at a time. Obtain instances from {@link SimulatedFleet}.
 */
public final class GatewayBehaviour {

    private final GatewayCore core;

    GatewayBehaviour(GatewayCore core) {
        this.core = core;
    }

    /** @return the gateway id */
    public String gatewayId() {
        return core.gatewayId();
    }

    /** @return the request topic filters the gateway subscribes to, one per command */
    public List<String> requestTopicFilters() {
        return core.requestFilters();
    }

    /**
     * @return a fresh ONLINE status (new event id, current configurations) for
     *         {@code gw-event/status/<gw>}, QoS 1, retained
     */
    public synchronized Publication onlineStatus() {
        return core.online();
    }

    /** @return the OFFLINE status for the last will: QoS 2, retained, the same event id every time */
    public synchronized Publication offlineStatus() {
        return core.will();
    }

    /**
     * @param topic   the topic a request arrived on
     * @param payload its payload
     * @return what to publish now, in order: the response (unless a fault drops or delays it), the
     *         status update if a sink configuration changed, then anything else that fell due;
     *         empty when the request is not answered (see the bundle's README)
     */
    public synchronized List<Publication> handleRequest(String topic, byte[] payload) {
        return core.handle(topic, payload);
    }

    /**
     * Lets time pass up to the clock's current instant. Call it regularly (every few tens of
     * milliseconds): node traffic is generated for the time elapsed since the previous call.
     *
     * @return what to publish now: status updates, delayed messages that fell due, node traffic
     */
    public synchronized List<Publication> tick() {
        return core.tick();
    }

    /** @return every sink's configuration as the gateway would read it back now */
    public synchronized List<SinkReadConfig> sinkConfigs() {
        return core.configs();
    }

    /**
     * @param sinkId a sink id of this gateway
     * @return the addresses of the nodes behind that sink, in a fixed order
     * @throws IllegalArgumentException if the gateway has no such sink
     */
    public synchronized List<Long> nodeAddresses(String sinkId) {
        SimSink sink = core.sink(sinkId)
                .orElseThrow(() -> new IllegalArgumentException(gatewayId() + " has no sink " + sinkId));
        return sink.network().nodes().stream().map(SimNode::address).toList();
    }
}
