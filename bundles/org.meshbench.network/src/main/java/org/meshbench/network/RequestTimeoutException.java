package org.meshbench.network;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.meshbench.protocol.message.Command;

/**
 * No response arrived in time. If it arrives later, the client reports it as a
 * {@link ProblemKind#LATE_RESPONSE} and still applies it to the model.
 */
public final class RequestTimeoutException extends TimeoutException {

    private static final long serialVersionUID = 1L;

    private final String gatewayId;
    private final Command command;
    private final long requestId;
    private final Duration timeout;

    /**
     * @param gatewayId the gateway asked
     * @param command the request's command
     * @param requestId the request id (unsigned)
     * @param timeout how long the client waited
     */
    public RequestTimeoutException(String gatewayId, Command command, long requestId, Duration timeout) {
        super("no " + command.topicName() + " response from " + gatewayId + " within " + timeout.toMillis()
                + " ms (request id " + Long.toUnsignedString(requestId) + ")");
        this.gatewayId = Objects.requireNonNull(gatewayId, "gatewayId");
        this.command = Objects.requireNonNull(command, "command");
        this.requestId = requestId;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** @return the gateway asked */
    public String gatewayId() {
        return gatewayId;
    }

    /** @return the request's command */
    public Command command() {
        return command;
    }

    /** @return the request id (unsigned) */
    public long requestId() {
        return requestId;
    }

    /** @return how long the client waited */
    public Duration timeout() {
        return timeout;
    }
}
