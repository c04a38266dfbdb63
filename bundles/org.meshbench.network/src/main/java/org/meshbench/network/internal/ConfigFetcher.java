package org.meshbench.network.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.meshbench.network.GatewayServices;
import org.meshbench.network.RequestAbortedException;
import org.meshbench.network.RequestAbortedException.Reason;

/**
 * Fetches the sink configs of gateways whose status lists none, at most {@code maxInFlight} at a
 * time, in the order the gateways appeared: a flood of statuses from made-up gateways then waits
 * here instead of filling the pending requests that the user's own requests need. A gateway is
 * fetched only while it is still online without sinks. Retained statuses may arrive before the
 * transport reports CONNECTED (its SUBACK or a persistent session's queued messages come later),
 * and a request may be cut off by a lost connection: such a fetch is kept and sent again on the
 * next CONNECTED. Thread-safe.
 */
final class ConfigFetcher {
    /** Fetches in flight at once; the rest wait their turn. */
    static final int MAX_IN_FLIGHT = 8;

    private static final System.Logger LOG = System.getLogger(ConfigFetcher.class.getName());

    private final GatewayServices services;
    private final BooleanSupplier connected;
    private final Predicate<String> stillMissing;
    private final int maxInFlight;
    private final Set<String> queued = new LinkedHashSet<>();
    private final Set<String> inFlight = new HashSet<>();
    private final Set<String> waitingForConnection = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sendRequests = new AtomicInteger();

    /**
     * @param services sends get_configs
     * @param connected whether the transport is connected now
     * @param stillMissing whether a gateway is still online without known sinks
     * @param maxInFlight fetches sent at once
     */
    ConfigFetcher(GatewayServices services, BooleanSupplier connected, Predicate<String> stillMissing,
            int maxInFlight) {
        this.services = services;
        this.connected = connected;
        this.stillMissing = stillMissing;
        this.maxInFlight = maxInFlight;
    }

    /** @param gatewayId an online gateway whose status lists no sink */
    void fetch(String gatewayId) {
        synchronized (this) {
            if (inFlight.contains(gatewayId) || !queued.add(gatewayId)) {
                return;
            }
        }
        sendWhatFits();
    }

    /** Sends again the fetches that found no connection; called on every CONNECTED. */
    void connected() {
        for (String gatewayId : List.copyOf(waitingForConnection)) {
            waitingForConnection.remove(gatewayId);
            fetch(gatewayId);
        }
    }

    /** One thread sends at a time; a call meanwhile (a refusal completes inline) makes it look again. */
    private void sendWhatFits() {
        if (sendRequests.getAndIncrement() != 0) {
            return;
        }
        int seen = 1;
        do {
            String next;
            while ((next = takeNext()) != null) {
                if (stillMissing.test(next)) {
                    send(next);
                } else {
                    done(next);
                }
            }
            seen = sendRequests.addAndGet(-seen);
        } while (seen != 0);
    }

    private synchronized String takeNext() {
        if (inFlight.size() >= maxInFlight || queued.isEmpty()) {
            return null;
        }
        String next = queued.iterator().next();
        queued.remove(next);
        inFlight.add(next);
        return next;
    }

    private synchronized void done(String gatewayId) {
        inFlight.remove(gatewayId);
    }

    private void send(String gatewayId) {
        services.getConfigs(gatewayId).whenComplete((configs, failure) -> {
            done(gatewayId);
            if (failure != null && isConnectionProblem(failure)) {
                waitingForConnection.add(gatewayId);
                // CONNECTED may have come between the refused send and this callback.
                if (connected.getAsBoolean()) {
                    connected();
                }
            } else if (failure != null) {
                LOG.log(System.Logger.Level.DEBUG, "fetching configs of " + gatewayId + " failed: " + failure);
            }
            sendWhatFits();
        });
    }

    private static boolean isConnectionProblem(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        return cause instanceof RequestAbortedException aborted
                && (aborted.reason() == Reason.NOT_CONNECTED || aborted.reason() == Reason.CONNECTION_LOST);
    }
}
