package org.meshbench.network;

import java.util.Objects;
import java.util.Optional;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.value.ResultCode;

/** The gateway answered a request with a result other than OK. */
public final class GatewayErrorException extends NetworkException {

    private static final long serialVersionUID = 1L;

    private final transient Response response;

    /** @param response the gateway's response, whose result is not OK */
    public GatewayErrorException(Response response) {
        super(describe(response), null);
        this.response = Objects.requireNonNull(response, "response");
    }

    private static String describe(Response response) {
        String sink = response.header().sinkId().map(id -> "/" + id).orElse("");
        return response.kind().command().map(Command::topicName).orElse("request") + " to "
                + response.header().gwId() + sink + " failed: " + response.header().res()
                + " (" + response.header().resWireValue() + ")";
    }

    /** @return the result the gateway reported */
    public ResultCode result() {
        return response.header().res();
    }

    /** @return the gateway that answered */
    public String gatewayId() {
        return response.header().gwId();
    }

    /** @return the sink concerned, if any */
    public Optional<String> sinkId() {
        return response.header().sinkId();
    }

    /** @return the whole response (a set_config response still carries the config read back) */
    public Response response() {
        return response;
    }
}
