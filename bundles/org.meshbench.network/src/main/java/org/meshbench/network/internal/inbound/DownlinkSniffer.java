package org.meshbench.network.internal.inbound;

import org.meshbench.network.SinkRef;
import org.meshbench.network.internal.dispatch.ClientRuntime;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.topic.RequestTopic;
import org.meshbench.transport.mqtt.MessageHandler;
import org.meshbench.transport.mqtt.ReceivedMessage;

/** Handles {@code gw-request/send_data/#}: every backend's downlinks, for the downlink tracker. */
public final class DownlinkSniffer implements MessageHandler {
    private final InboundDecoder decoder;
    private final ClientRuntime runtime;
    private final DownlinkTracker downlinks;

    /**
     * @param runtime counters and problem reporting
     * @param downlinks the tracker
     */
    public DownlinkSniffer(ClientRuntime runtime, DownlinkTracker downlinks) {
        this.decoder = new InboundDecoder(runtime);
        this.runtime = runtime;
        this.downlinks = downlinks;
    }

    @Override
    public void messageArrived(ReceivedMessage message) {
        runtime.counters().messages.increment();
        DecodedMessage decoded = decoder.decode(message);
        if (decoded != null) {
            RequestTopic topic = (RequestTopic) decoded.topic();
            downlinks.requestSeen(new SinkRef(topic.gatewayId(), topic.sinkId().orElseThrow()),
                    (SendDataRequest) decoded.message());
        }
    }
}
