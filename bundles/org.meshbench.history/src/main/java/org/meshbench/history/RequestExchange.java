package org.meshbench.history;

import java.util.Objects;
import java.util.Optional;

/**
 * A request and the response to it, if one was stored.
 *
 * @param request the request
 * @param response its response
 * @since 0.1
 */
public record RequestExchange(RequestRecord request, Optional<ResponseRecord> response) {

    /** Checks that nothing is {@code null}. */
    public RequestExchange {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
    }
}
