package org.meshbench.network.internal.inbound;

import java.util.function.Consumer;
import org.meshbench.network.GatewayState;
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
 * retained status) removes it when it comes retained or the gateway is not online. An empty payload for
 * an online gateway is malformed: anyone may publish one, and it must not delete a live gateway. (A
 * broker forwards a live clear to current subscribers without the retain flag, MQTT 3.1.1
 * [MQTT-3.3.1-9], so the flag alone cannot tell a clear of a stale gateway.)
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
            removeCleared(message);
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

    private void removeCleared(ReceivedMessage message) {
        String gatewayId;
        try {
            gatewayId = Topic.parse(message.topic()).gatewayId();
        } catch (TopicFormatException e) {
            decoder.reportUnknownTopic(message.topic(), e.getMessage());
            return;
        }
        boolean online = model.gateway(gatewayId).map(gateway -> gateway.state() == GatewayState.ONLINE).orElse(false);
        if (message.retained() || !online) {
            model.remove(gatewayId);
        } else {
            decoder.reportMalformed(message.topic(), "empty status of online gateway " + gatewayId
                    + " not retained: not a clear of a stale gateway, ignored");
        }
    }
}
