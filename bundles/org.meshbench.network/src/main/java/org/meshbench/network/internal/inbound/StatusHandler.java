package org.meshbench.network.internal.inbound;

import java.util.function.Consumer;
import org.meshbench.network.internal.dispatch.ClientRuntime;
import org.meshbench.network.internal.model.GatewayModel;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.topic.Topic;
import org.meshbench.protocol.topic.TopicFormatException;
import org.meshbench.transport.mqtt.MessageHandler;
import org.meshbench.transport.mqtt.ReceivedMessage;

/**
 * Handles {@code gw-event/status/+}: a status updates its gateway; an empty payload (a cleared
 * retained status) removes it.
 */
public final class StatusHandler implements MessageHandler {
    private final InboundDecoder decoder;
    private final GatewayModel model;
    private final Consumer<String> configFetcher;
    private final ClientRuntime runtime;

    /**
     * @param runtime counters and problem reporting
     * @param model the model to update
     * @param configFetcher asked to fetch the configs of an online gateway whose status lists no sink
     */
    public StatusHandler(ClientRuntime runtime, GatewayModel model, Consumer<String> configFetcher) {
        this.decoder = new InboundDecoder(runtime);
        this.model = model;
        this.configFetcher = configFetcher;
        this.runtime = runtime;
    }

    @Override
    public void messageArrived(ReceivedMessage message) {
        runtime.counters().messages.increment();
        if (message.payloadSize() == 0) {
            removeCleared(message.topic());
            return;
        }
        DecodedMessage decoded = decoder.decode(message);
        if (decoded != null) {
            // The codec only accepts the topic's own kind, and the filter only matches status topics.
            StatusEvent status = (StatusEvent) decoded.message();
            if (model.applyStatus(status)) {
                configFetcher.accept(status.header().gwId());
            }
        }
    }

    private void removeCleared(String topic) {
        try {
            model.remove(Topic.parse(topic).gatewayId());
        } catch (TopicFormatException e) {
            decoder.reportUnknownTopic(topic, e.getMessage());
        }
    }
}
