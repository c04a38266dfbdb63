package org.meshbench.protocol.message;

/** A message a gateway sends on a {@code gw-response/…} topic, solicited or not (request id 0). */
public sealed interface Response extends GatewayMessage permits GetConfigsResponse, SetConfigResponse,
        GetGatewayInfoResponse, SendDataResponse, GetScratchpadStatusResponse, UploadScratchpadResponse,
        ProcessScratchpadResponse, SetScratchpadTargetAndActionResponse, SetConfigurationDataItemResponse,
        GetConfigurationDataItemResponse {

    /** @return the response header */
    ResponseHeader header();
}
