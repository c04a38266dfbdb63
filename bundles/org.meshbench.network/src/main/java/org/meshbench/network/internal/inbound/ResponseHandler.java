package org.meshbench.network.internal.inbound;

import org.meshbench.network.internal.dispatch.ClientRuntime;
import org.meshbench.network.internal.model.GatewayModel;
import org.meshbench.network.internal.requests.RequestSender;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.transport.mqtt.MessageHandler;
import org.meshbench.transport.mqtt.ReceivedMessage;

/**
 * Handles {@code gw-response/#}, from any backend's requests and unsolicited ones (request id 0):
 * configuration responses update the model first, so that a caller's future sees the update;
 * send_data responses go to the downlink tracker; then the sender completes a request of ours.
 */
public final class ResponseHandler implements MessageHandler {
    private final InboundDecoder decoder;
    private final ClientRuntime runtime;
    private final GatewayModel model;
    private final DownlinkTracker downlinks;
    private final RequestSender sender;

    /**
     * @param runtime counters and problem reporting
     * @param model the model to update
     * @param downlinks joins send_data responses with their requests
     * @param sender completes this client's requests
     */
    public ResponseHandler(ClientRuntime runtime, GatewayModel model, DownlinkTracker downlinks,
            RequestSender sender) {
        this.decoder = new InboundDecoder(runtime);
        this.runtime = runtime;
        this.model = model;
        this.downlinks = downlinks;
        this.sender = sender;
    }

    @Override
    public void messageArrived(ReceivedMessage message) {
        runtime.counters().messages.increment();
        DecodedMessage decoded = decoder.decode(message);
        if (decoded == null) {
            return;
        }
        Response response = (Response) decoded.message();
        boolean ok = response.header().res() == ResultCode.OK;
        String gatewayId = response.header().gwId();
        switch (response) {
            case GetConfigsResponse configs when ok -> model.applyConfigs(gatewayId, configs.configs());
            // A failed set_config still reads back a known sink's real configuration.
            case SetConfigResponse set -> model.applySinkConfig(gatewayId, set.config(), ok);
            case SendDataResponse data -> downlinks.response(data);
            default -> {
                // Other responses leave the model as it is.
            }
        }
        sender.onResponse(response);
    }
}
