package org.meshbench.network.internal.dispatch;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.meshbench.network.DownlinkEvent;
import org.meshbench.network.GatewayChange;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.transport.mqtt.ConnectionEvent;

/**
 * The listener sets of one client; all share the worker pool, the queue capacity and the drop
 * counter, and report listener failures as problems. Thread-safe.
 */
public final class ClientListeners {
    // Received data comes at tens of thousands per second: waking a worker per packet cost more CPU
    // than the listener itself. A millisecond of delay means nothing to a person or a log.
    private static final Duration DATA_LINGER = Duration.ofMillis(1);

    /** Received-data listeners. */
    public final ListenerSet<ReceivedPacket> data;
    /** Gateway status listeners (every status). */
    public final ListenerSet<GatewayChange> status;
    /** Configuration change listeners (real changes only). */
    public final ListenerSet<GatewayChange> config;
    /** Downlink listeners. */
    public final ListenerSet<DownlinkEvent> downlink;
    /** Connection state listeners. */
    public final ListenerSet<ConnectionEvent> connection;

    /**
     * @param pool runs the listeners
     * @param capacity queue capacity per listener
     * @param counters counts drops
     * @param problems told of failing listeners
     * @param timer ends the lingering of received data
     */
    public ClientListeners(Executor pool, int capacity, Counters counters, ProblemReporter problems,
            ScheduledExecutorService timer) {
        data = new ListenerSet<>(pool, capacity, counters.listenerDrops::increment, problems::listenerFailed, timer,
                DATA_LINGER);
        status = new ListenerSet<>(pool, capacity, counters.listenerDrops::increment, problems::listenerFailed);
        config = new ListenerSet<>(pool, capacity, counters.listenerDrops::increment, problems::listenerFailed);
        downlink = new ListenerSet<>(pool, capacity, counters.listenerDrops::increment, problems::listenerFailed);
        connection = new ListenerSet<>(pool, capacity, counters.listenerDrops::increment, problems::listenerFailed);
    }
}
