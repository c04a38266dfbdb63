package org.meshbench.network.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.meshbench.network.GatewayServices;
import org.meshbench.network.RequestAbortedException;
import org.meshbench.network.RequestAbortedException.Reason;

/**
 * Fetches the sink configs of gateways whose status lists none. Retained statuses may arrive
 * before the transport reports CONNECTED (its SUBACK or a persistent session's queued messages
 * come later), and a request may be cut off by a lost connection: such a fetch is kept and sent
 * again on the next CONNECTED, for as long as the gateway is online without sinks. Thread-safe.
 */
final class ConfigFetcher {
    private static final System.Logger LOG = System.getLogger(ConfigFetcher.class.getName());

    private final GatewayServices services;
    private final BooleanSupplier connected;
    private final Predicate<String> stillMissing;
    private final Set<String> waitingForConnection = ConcurrentHashMap.newKeySet();

    /**
     * @param services sends get_configs
     * @param connected whether the transport is connected now
     * @param stillMissing whether a gateway is still online without known sinks
     */
    ConfigFetcher(GatewayServices services, BooleanSupplier connected, Predicate<String> stillMissing) {
        this.services = services;
        this.connected = connected;
        this.stillMissing = stillMissing;
    }

    /** @param gatewayId an online gateway whose status lists no sink */
    void fetch(String gatewayId) {
        services.getConfigs(gatewayId).whenComplete((configs, failure) -> {
            if (failure == null) {
                waitingForConnection.remove(gatewayId);
            } else if (isConnectionProblem(failure)) {
                waitingForConnection.add(gatewayId);
                // CONNECTED may have come between the refused send and this callback.
                if (connected.getAsBoolean()) {
                    fetch(gatewayId);
                }
            } else {
                waitingForConnection.remove(gatewayId);
                LOG.log(System.Logger.Level.DEBUG, "fetching configs of " + gatewayId + " failed: " + failure);
            }
        });
    }

    /** Sends again the fetches that found no connection; called on every CONNECTED. */
    void connected() {
        for (String gatewayId : List.copyOf(waitingForConnection)) {
            if (stillMissing.test(gatewayId)) {
                fetch(gatewayId);
            } else {
                waitingForConnection.remove(gatewayId);
            }
        }
    }

    private static boolean isConnectionProblem(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        return cause instanceof RequestAbortedException aborted
                && (aborted.reason() == Reason.NOT_CONNECTED || aborted.reason() == Reason.CONNECTION_LOST);
    }
}
