package org.meshbench.network.internal.requests;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.meshbench.network.NetworkClientOptions;
import org.meshbench.protocol.message.Command;

/**
 * Picks a request's timeout: the per-call one if given, else the gateway's own or the default,
 * plus the slow-request allowance for commands after which a sink may reboot or write flash.
 * Thread-safe.
 */
public final class RequestTimeouts {
    private final Duration standard;
    private final Duration slowAllowance;
    private final Map<String, Duration> perGateway = new ConcurrentHashMap<>();

    /** @param options the client settings */
    public RequestTimeouts(NetworkClientOptions options) {
        this.standard = options.requestTimeout();
        this.slowAllowance = options.slowRequestAllowance();
        perGateway.putAll(options.gatewayTimeouts());
    }

    /**
     * @param gatewayId a gateway
     * @param timeout its timeout, or null for the default
     */
    public void setGatewayTimeout(String gatewayId, Duration timeout) {
        if (timeout == null) {
            perGateway.remove(gatewayId);
        } else if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        } else {
            perGateway.put(gatewayId, timeout);
        }
    }

    /**
     * @param gatewayId the gateway asked
     * @param command the request's command
     * @param callTimeout the per-call timeout, if any
     * @return the timeout to apply
     */
    public Duration timeoutFor(String gatewayId, Command command, Optional<Duration> callTimeout) {
        if (callTimeout.isPresent()) {
            return callTimeout.get();
        }
        Duration base = perGateway.getOrDefault(gatewayId, standard);
        return isSlow(command) ? base.plus(slowAllowance) : base;
    }

    private static boolean isSlow(Command command) {
        return command == Command.SET_CONFIG || command == Command.OTAP_LOAD_SCRATCHPAD
                || command == Command.OTAP_PROCESS_SCRATCHPAD;
    }
}
