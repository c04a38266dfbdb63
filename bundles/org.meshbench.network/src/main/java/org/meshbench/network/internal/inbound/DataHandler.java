package org.meshbench.network.internal.inbound;

import java.time.Instant;
import org.meshbench.network.ProblemKind;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.network.internal.dispatch.ClientRuntime;
import org.meshbench.network.internal.dispatch.ListenerSet;
import org.meshbench.network.internal.nodes.NodeStore;
import org.meshbench.network.internal.nodes.PacketFacts;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.topic.ReceivedDataTopic;
import org.meshbench.transport.mqtt.MessageHandler;
import org.meshbench.transport.mqtt.ReceivedMessage;

/**
 * Handles {@code gw-event/received_data/…}: drops duplicates, counts the packet for its source
 * node and queues it for the data listeners. Runs on the MQTT client's callback thread (direct
 * delivery), so everything here only updates memory and queues: it never publishes or waits, and
 * the only locks it takes (duplicate filter, node store, executor queues) are held briefly by
 * threads that do neither while holding them.
 */
public final class DataHandler implements MessageHandler {
    private final InboundDecoder decoder;
    private final ClientRuntime runtime;
    private final DuplicateFilter duplicates;
    private final NodeStore nodes;
    private final ListenerSet<ReceivedPacket> listeners;
    private final SinkRefCache sinks = new SinkRefCache();

    /**
     * @param runtime clock, counters and problem reporting
     * @param duplicates remembers recent event ids
     * @param nodes the node store
     * @param listeners the data listeners
     */
    public DataHandler(ClientRuntime runtime, DuplicateFilter duplicates, NodeStore nodes,
            ListenerSet<ReceivedPacket> listeners) {
        this.decoder = new InboundDecoder(runtime);
        this.runtime = runtime;
        this.duplicates = duplicates;
        this.nodes = nodes;
        this.listeners = listeners;
    }

    @Override
    public void messageArrived(ReceivedMessage message) {
        runtime.counters().messages.increment();
        DecodedMessage decoded = decoder.decode(message);
        if (decoded == null) {
            return;
        }
        ReceivedDataTopic topic = (ReceivedDataTopic) decoded.topic();
        ReceivedDataEvent event = (ReceivedDataEvent) decoded.message();
        if (duplicates.isDuplicate(topic.gatewayId(), event.header().eventId())) {
            runtime.counters().duplicates.increment();
            return;
        }
        runtime.counters().packets.increment();
        long network = event.networkAddress().orElse(topic.networkAddress());
        SinkRef sink = sinks.of(topic.gatewayId(), topic.sink());
        long now = runtime.clock().millis();
        int evicted = nodes.record(PacketFacts.of(network, event), sink, now);
        if (evicted > 0) {
            runtime.problems().report(ProblemKind.NODES_EVICTED, message.topic(),
                    "node store full: dropped the " + evicted + " least recently seen nodes", null);
        }
        if (!listeners.isEmpty()) {
            listeners.publish(new ReceivedPacket(sink, network, event, Instant.ofEpochMilli(now)));
        }
    }
}
