package org.meshbench.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.testcases.DurationText;
import org.meshbench.testcases.TestTarget;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportException;

/** Connects a network client for a test run and waits until the target network shows up. */
final class NetworkSession {

    /** Gateways' retained statuses arrive together right after subscribing; this lets the rest come. */
    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final Duration POLL = Duration.ofMillis(100);

    private NetworkSession() {
    }

    /**
     * @param clients opens the client
     * @param mqtt the broker settings
     * @param target the network under test
     * @param wait how long to wait for the network's sinks to be reported
     * @param err where to say what is going on
     * @return the connected client; the caller closes it
     * @throws ConnectionException if the client cannot be opened or does not connect in time
     * @throws InterruptedException if interrupted while waiting
     */
    static NetworkClient open(NetworkClientFactory clients, MqttOptions mqtt, TestTarget target, Duration wait,
            PrintStream err) throws ConnectionException, InterruptedException {
        NetworkClient client;
        try {
            client = clients.open(mqtt);
        } catch (MqttTransportException e) {
            throw new ConnectionException("cannot use broker " + mqtt.broker() + ": " + e.getMessage());
        }
        try {
            Connections.await(client.connect(), mqtt);
            err.println("meshbench test: connected to " + mqtt.broker());
            awaitNetwork(client, target, wait, err);
            return client;
        } catch (ConnectionException | InterruptedException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private static void awaitNetwork(NetworkClient client, TestTarget target, Duration wait, PrintStream err)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (client.network(target.networkAddress()).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(POLL);
        }
        if (client.network(target.networkAddress()).isEmpty()) {
            err.println("meshbench test: warning: no online gateway reported a sink in network "
                    + target.networkAddress() + " within " + DurationText.format(wait) + "; running anyway");
            return;
        }
        Thread.sleep(SETTLE);
    }
}
