package org.meshbench.transport.mqtt.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttOptionsBuilder;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.meshbench.transport.mqtt.ReconnectPolicy;

/**
 * Creates transports for tests with short timeouts and fast reconnects, and closes all of
 * them at the end of a test ({@link #close()} from an {@code @AfterEach}).
 */
public final class TestTransports implements AutoCloseable {
    /** Upper bound for every wait in transport tests. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final List<MqttTransport> created = new ArrayList<>();

    /**
     * @param port a plain listener on 127.0.0.1
     * @return options for it: no TLS, connect timeout 5 s, reconnect after 50..500 ms
     */
    public static MqttOptionsBuilder plain(int port) {
        return MqttOptions.builder().host("127.0.0.1").port(port).insecure(true)
                .connectTimeout(Duration.ofSeconds(5))
                .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(50), Duration.ofMillis(500)));
    }

    /**
     * @param options the settings
     * @return a new, unconnected transport, closed by {@link #close()}
     * @throws Exception if creation fails
     */
    public MqttTransport create(MqttOptionsBuilder options) throws Exception {
        MqttTransport transport = MqttTransportFactory.standard().create(options.build());
        created.add(transport);
        return transport;
    }

    /**
     * @param options the settings
     * @return a transport that is connected
     * @throws Exception if it does not connect within {@link #WAIT}
     */
    public MqttTransport connected(MqttOptionsBuilder options) throws Exception {
        MqttTransport transport = create(options);
        transport.connect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return transport;
    }

    @Override
    public void close() {
        created.forEach(MqttTransport::close);
        created.clear();
    }
}
