package org.meshbench.protocol.message;

/** A message a backend sends to a gateway on a {@code gw-request/…} topic. */
public sealed interface Request extends GatewayMessage permits GetConfigsRequest, SetConfigRequest,
        GetGatewayInfoRequest, SendDataRequest, GetScratchpadStatusRequest, UploadScratchpadRequest,
        ProcessScratchpadRequest, SetScratchpadTargetAndActionRequest, SetConfigurationDataItemRequest,
        GetConfigurationDataItemRequest {

    /** @return the request header */
    RequestHeader header();
}
