package org.meshbench.transport.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BrokerUrlTest {

    @ParameterizedTest
    @CsvSource({
        "tcp://broker:1884, TCP, broker, 1884, ''",
        "tcp://broker, TCP, broker, 1883, ''",
        "ssl://broker, SSL, broker, 8883, ''",
        "SSL://Broker.Example:443, SSL, Broker.Example, 443, ''",
        "ws://broker, WS, broker, 80, ''",
        "wss://broker/mqtt, WSS, broker, 443, /mqtt",
        "ws://broker:9001/, WS, broker, 9001, ''",
        "tcp://[::1]:1883, TCP, ::1, 1883, ''",
        "' tcp://10.0.0.1 ', TCP, 10.0.0.1, 1883, ''",
    })
    void parsesSchemeHostPortAndPath(String text, BrokerScheme scheme, String host, int port,
            String path) {
        assertEquals(new BrokerUrl(scheme, host, port, path), BrokerUrl.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker:1883", "mqtt://broker", "tcp://", "tcp://broker:0",
        "tcp://broker:70000", "tcp://user@broker", "tcp://broker?x=1", "tcp://broker#f",
        "tcp://broker/path", "tcp://bad host", "tcp:broker"})
    void rejectsWhatIsNotABrokerUrl(String text) {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> BrokerUrl.parse(text));
        assertTrue(error.getMessage().contains("broker") || error.getMessage().contains("scheme"),
                error.getMessage());
    }

    @Test
    void printsAUrlThatParsesBack() {
        BrokerUrl ipv6 = BrokerUrl.of(BrokerScheme.SSL, "::1", 8883);
        assertEquals("ssl://[::1]:8883", ipv6.toString());
        assertEquals(ipv6, BrokerUrl.parse(ipv6.toString()));
        assertEquals("wss://h:443/ws", new BrokerUrl(BrokerScheme.WSS, "h", 443, "/ws").toString());
    }

    @Test
    void schemesKnowTheirPropertiesAndDefaultPorts() {
        assertEquals(BrokerScheme.SSL, BrokerScheme.of(true, false));
        assertEquals(BrokerScheme.TCP, BrokerScheme.of(false, false));
        assertEquals(BrokerScheme.WSS, BrokerScheme.of(true, true));
        assertEquals(BrokerScheme.WS, BrokerScheme.of(false, true));
        assertEquals(8883, BrokerScheme.SSL.defaultPort());
        assertEquals(1883, BrokerScheme.TCP.defaultPort());
    }
}
