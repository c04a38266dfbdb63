package org.meshbench.cli.internal;

import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshbench.history.RecorderStats;
import org.meshbench.transport.mqtt.MqttTransport;

/**
 * Messages the recorder refused while its buffer was full were not acknowledged. An MQTT 3.1.1 broker sends
 * unacknowledged messages again only on a new connection, and meanwhile they fill its in-flight window;
 * so once the buffer has room again, this reconnects. With a persistent session the broker then sends
 * them again; with a clean session they are lost, and this says so.
 */
final class OverflowRecovery {

    private static final long RECONNECT_WAIT_SECONDS = 30;

    private final MqttTransport transport;
    private final PrintStream err;
    private long recovered;

    OverflowRecovery(MqttTransport transport, PrintStream err) {
        this.transport = transport;
        this.err = err;
    }

    /** @param stats the recorder's counters now */
    void check(RecorderStats stats) {
        long refused = stats.overflowed() - recovered;
        if (refused == 0 || stats.buffered() > 0) {
            return;
        }
        err.println("meshbench store: " + refused + " messages were refused while the buffer was full; "
                + (transport.options().cleanSession()
                        ? "they are LOST (clean session; use --persist-session --client-id ID)"
                        : "reconnecting so that the broker sends them again"));
        try {
            transport.disconnect().get(RECONNECT_WAIT_SECONDS, TimeUnit.SECONDS);
            transport.connect().get(RECONNECT_WAIT_SECONDS, TimeUnit.SECONDS);
            recovered = stats.overflowed();
        } catch (ExecutionException | TimeoutException e) {
            err.println("meshbench store: reconnect failed, trying again in a while: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
