package org.meshbench.simulator.internal.request;

import org.meshbench.protocol.message.GetConfigurationDataItemRequest;
import org.meshbench.protocol.message.GetConfigurationDataItemResponse;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.SetConfigurationDataItemRequest;
import org.meshbench.protocol.message.SetConfigurationDataItemResponse;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.simulator.internal.sink.SimSink;

/** set_ and get_configuration_data_item (feature CONFIGURATION_DATA_V1). */
final class ConfigurationDataRequests {

    private final RequestContext context;

    ConfigurationDataRequests(RequestContext context) {
        this.context = context;
    }

    Response set(SetConfigurationDataItemRequest request, SimSink sink) {
        ResultCode result = sink.configurationData().set(request.configurationDataItem());
        return new SetConfigurationDataItemResponse(context.header(request, sink, result));
    }

    /** An endpoint without item is answered OK without item, as the API describes. */
    Response get(GetConfigurationDataItemRequest request, SimSink sink) {
        return new GetConfigurationDataItemResponse(context.header(request, sink, ResultCode.OK),
                sink.configurationData().get(request.endpoint()));
    }
}
