package org.meshbench.network.testing;

import java.time.Clock;
import java.time.Duration;
import org.meshbench.network.NetworkClientOptions;
import org.meshbench.network.internal.NetworkClientImpl;
import org.meshbench.protocol.MessageIdGenerator;

/** Opens clients on fake transports with short timeouts. */
public final class TestClients {

    private TestClients() {
    }

    /** @return options with a 2 s request timeout and no slow-request allowance */
    public static NetworkClientOptions.Builder options() {
        return NetworkClientOptions.builder().requestTimeout(Duration.ofSeconds(2))
                .slowRequestAllowance(Duration.ZERO).maintenanceInterval(Duration.ofMillis(50));
    }

    /**
     * @param transport the fake transport, connected by this method
     * @param options the client settings
     * @return a connected client
     */
    public static NetworkClientImpl connected(FakeTransport transport, NetworkClientOptions options) {
        NetworkClientImpl client = new NetworkClientImpl(transport, options, Clock.systemUTC(),
                MessageIdGenerator.seeded(1), closed -> { });
        client.connect().join();
        return client;
    }
}
