package org.meshbench.network.internal.requests;

import java.util.concurrent.CompletionException;
import org.meshbench.network.GatewayErrorException;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.value.ResultCode;

/** Turns a response with a result other than OK into a {@link GatewayErrorException}. */
final class ResponseChecks {

    private ResponseChecks() {
    }

    /**
     * @param response the response to a request of the matching command
     * @param type the response class of that command
     * @return the response, cast
     * @throws CompletionException carrying a {@link GatewayErrorException} if the result is not OK
     */
    static <R extends Response> R ok(Response response, Class<R> type) {
        if (response.header().res() != ResultCode.OK) {
            throw new CompletionException(new GatewayErrorException(response));
        }
        return type.cast(response);
    }

    /**
     * @param failure a failure from a future chain
     * @return the failure without {@link CompletionException} wrappers
     */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
