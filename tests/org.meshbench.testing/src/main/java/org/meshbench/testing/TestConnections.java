package org.meshbench.testing;

import java.time.Duration;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttOptionsBuilder;
import org.meshbench.transport.mqtt.ReconnectPolicy;

/** MQTT settings for tests: loopback only, short connect timeout, fast reconnects. */
public final class TestConnections {

    private TestConnections() {
    }

    /**
     * @param port a plain listener on 127.0.0.1
     * @return options for it: no TLS, connect timeout 5 s, reconnect after 50..500 ms
     */
    public static MqttOptionsBuilder plain(int port) {
        return MqttOptions.builder().host("127.0.0.1").port(port).insecure(true)
                .connectTimeout(Duration.ofSeconds(5))
                .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(50), Duration.ofMillis(500)));
    }
}
