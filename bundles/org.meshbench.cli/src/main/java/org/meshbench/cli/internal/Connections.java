package org.meshbench.cli.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshbench.testcases.DurationText;
import org.meshbench.transport.mqtt.MqttOptions;

/** Waits for a connection of a headless command, with the connect timeout and room for subscribing. */
final class Connections {

    /** Time beyond the MQTT connect timeout for subscribing. */
    private static final Duration SUBSCRIBE_ALLOWANCE = Duration.ofSeconds(10);

    private Connections() {
    }

    /**
     * @param connected completes when connected (and subscribed)
     * @param mqtt the settings, for the timeout and messages
     * @throws ConnectionException if it fails or takes too long
     */
    static void await(CompletableFuture<?> connected, MqttOptions mqtt) throws ConnectionException {
        Duration limit = mqtt.connectTimeout().plus(SUBSCRIBE_ALLOWANCE);
        try {
            connected.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ConnectionException("cannot connect to " + mqtt.broker() + ": " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new ConnectionException("no connection to " + mqtt.broker() + " within "
                    + DurationText.format(limit));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted while connecting to " + mqtt.broker());
        }
    }
}
