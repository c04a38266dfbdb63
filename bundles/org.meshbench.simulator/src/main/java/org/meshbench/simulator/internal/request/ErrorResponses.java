package org.meshbench.simulator.internal.request;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.GetConfigurationDataItemResponse;
import org.meshbench.protocol.message.GetGatewayInfoResponse;
import org.meshbench.protocol.message.GetScratchpadStatusResponse;
import org.meshbench.protocol.message.ProcessScratchpadResponse;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.ResponseHeader;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.message.SetConfigurationDataItemResponse;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionResponse;
import org.meshbench.protocol.message.UploadScratchpadResponse;
import org.meshbench.protocol.value.SinkReadConfig;

/**
 * The response of any command carrying only its header, for requests that fail before any work
 * (unknown sink, undecodable payload). Fields the API requires get their emptiest value: a
 * set_config response holds a configuration with nothing but the sink id, a get_gw_info response
 * the real gateway info. Stateless.
 */
final class ErrorResponses {

    private ErrorResponses() {
    }

    /**
     * @param command the command answered
     * @param header  the header, with the error code
     * @param sinkId  the sink the request named, for a set_config response
     * @param context the gateway, for a get_gw_info response
     * @return the response
     */
    static Response of(Command command, ResponseHeader header, String sinkId, RequestContext context) {
        return switch (command) {
            case GET_CONFIGS -> new GetConfigsResponse(header, List.of());
            case SET_CONFIG -> new SetConfigResponse(header, SinkReadConfig.builder(sinkId).build());
            case GET_GW_INFO -> new GetGatewayInfoResponse(header, context.info());
            case SEND_DATA -> new SendDataResponse(header);
            case OTAP_STATUS -> new GetScratchpadStatusResponse(header, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), OptionalLong.empty(), Optional.empty());
            case OTAP_LOAD_SCRATCHPAD -> new UploadScratchpadResponse(header);
            case OTAP_PROCESS_SCRATCHPAD -> new ProcessScratchpadResponse(header);
            case OTAP_SET_TARGET_SCRATCHPAD -> new SetScratchpadTargetAndActionResponse(header);
            case SET_CONFIGURATION_DATA_ITEM -> new SetConfigurationDataItemResponse(header);
            case GET_CONFIGURATION_DATA_ITEM -> new GetConfigurationDataItemResponse(header, Optional.empty());
        };
    }
}
