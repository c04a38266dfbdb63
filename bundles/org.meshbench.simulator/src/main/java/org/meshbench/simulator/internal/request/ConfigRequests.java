package org.meshbench.simulator.internal.request;

import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.GetGatewayInfoRequest;
import org.meshbench.protocol.message.GetGatewayInfoResponse;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.simulator.internal.sink.SimSink;
import org.meshbench.simulator.internal.sink.SinkConfigReader;
import org.meshbench.simulator.internal.sink.SinkConfigWriter;

/** get_configs, get_gw_info and set_config. Not thread-safe. */
final class ConfigRequests {

    private final RequestContext context;
    private final SinkConfigWriter writer;

    ConfigRequests(RequestContext context) {
        this.context = context;
        this.writer = new SinkConfigWriter(context.strict());
    }

    /** The request content is ignored, as officially: every sink's configuration comes back. */
    Response getConfigs(GetConfigsRequest request) {
        return new GetConfigsResponse(context.header(request, ResultCode.OK), context.configs());
    }

    Response gatewayInfo(GetGatewayInfoRequest request) {
        return new GetGatewayInfoResponse(context.header(request, ResultCode.OK), context.info());
    }

    /**
     * The sink is the header's; in strict mode the configuration must name the same sink. The
     * response carries the configuration read back, whatever the result.
     */
    Response setConfig(SetConfigRequest request, SimSink sink) {
        ResultCode result = context.strict() && !request.config().sinkId().equals(sink.id())
                ? ResultCode.INVALID_PARAM
                : writer.write(request.config(), sink.state());
        return new SetConfigResponse(context.header(request, sink, result), SinkConfigReader.read(sink));
    }
}
