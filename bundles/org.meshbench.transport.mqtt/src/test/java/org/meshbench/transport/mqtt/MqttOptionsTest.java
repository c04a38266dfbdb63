package org.meshbench.transport.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MqttOptionsTest {

    @Test
    void aBareHostMeansTlsOnPort8883WithTheDefaults() {
        MqttOptions options = MqttOptions.builder().host("broker.example").build();

        assertEquals(BrokerUrl.of(BrokerScheme.SSL, "broker.example", 8883), options.broker());
        assertEquals(Optional.of(TlsOptions.defaults()), options.tls());
        assertEquals(Duration.ofSeconds(60), options.keepAlive());
        assertTrue(options.cleanSession());
        assertEquals(ReconnectPolicy.defaults(), options.reconnect());
        assertTrue(options.username().isEmpty());
        assertTrue(options.password().isEmpty());
        assertTrue(options.sharedGroup().isEmpty());
        assertTrue(options.lastWill().isEmpty());
        assertEquals(100, options.maxInflight());
    }

    @Test
    void defaultClientIdsAreGeneratedWithThePrefixAndDiffer() {
        String first = MqttOptions.builder().host("h").build().clientId();
        String second = MqttOptions.builder().host("h").build().clientId();

        assertTrue(first.matches("meshbench-[0-9a-f]{12}"), first);
        assertNotEquals(first, second);
    }

    @Test
    void insecureMeansPlainTcpOnPort1883() {
        MqttOptions options = MqttOptions.builder().host("h").insecure(true).build();

        assertEquals(BrokerUrl.of(BrokerScheme.TCP, "h", 1883), options.broker());
        assertTrue(options.tls().isEmpty());
    }

    @Test
    void websocketsPickWsOrWss() {
        assertEquals(BrokerScheme.WSS,
                MqttOptions.builder().host("h").websockets(true).build().broker().scheme());
        assertEquals(BrokerUrl.of(BrokerScheme.WS, "h", 8080), MqttOptions.builder().host("h")
                .websockets(true).insecure(true).port(8080).build().broker());
    }

    @Test
    void aUrlBrokerKeepsItsScheme() {
        MqttOptions options = MqttOptions.builder().broker("tcp://h:1999").build();

        assertEquals(BrokerUrl.of(BrokerScheme.TCP, "h", 1999), options.broker());
        assertTrue(options.tls().isEmpty());
    }

    @Test
    void contradictionsAreRejected() {
        assertRejected(MqttOptions.builder(), "no broker");
        assertRejected(MqttOptions.builder().broker("ssl://h").insecure(true), "insecure");
        assertRejected(MqttOptions.builder().broker("tcp://h").websockets(true), "websockets");
        assertRejected(MqttOptions.builder().broker("tcp://h").host("h"), "either");
        assertRejected(MqttOptions.builder().broker("tcp://h").port(1), "either");
        assertRejected(MqttOptions.builder().broker("tcp://h").tls(TlsOptions.defaults()), "plain");
    }

    @Test
    void outOfRangeValuesAreRejected() {
        assertRejected(MqttOptions.builder().host("h").keepAlive(Duration.ofSeconds(65_536)), "keep-alive");
        assertRejected(MqttOptions.builder().host("h").keepAlive(Duration.ofMillis(1500)), "keep-alive");
        assertRejected(MqttOptions.builder().host("h").keepAlive(Duration.ofSeconds(-1)), "keep-alive");
        assertRejected(MqttOptions.builder().host("h").connectTimeout(Duration.ofMillis(999)), "timeout");
        assertRejected(MqttOptions.builder().host("h").maxInflight(0), "in-flight");
        assertRejected(MqttOptions.builder().host("h").clientId(""), "client id");
        assertRejected(MqttOptions.builder().host("h").port(0), "port");
        assertThrows(IllegalArgumentException.class, () -> MqttOptions.builder().sharedGroup("a/b"));
    }

    @Test
    void thePasswordIsCopiedAndNeverShown() {
        char[] secret = "hunter2".toCharArray();
        MqttOptions options = MqttOptions.builder().host("h").credentials("alice", secret).build();
        java.util.Arrays.fill(secret, 'x');

        char[] handedOut = options.password().orElseThrow();
        assertArrayEquals("hunter2".toCharArray(), handedOut);
        handedOut[0] = 'X';
        assertArrayEquals("hunter2".toCharArray(), options.password().orElseThrow());
        assertFalse(options.toString().contains("hunter2"), options.toString());
        assertTrue(options.toString().contains("alice"));
    }

    @Test
    void anonymousAndUserWithoutPasswordAreAllowed() {
        MqttOptions user = MqttOptions.builder().host("h").credentials("alice", null).build();

        assertEquals(Optional.of("alice"), user.username());
        assertTrue(user.password().isEmpty());
    }

    @Test
    void toBuilderCopiesEverything() {
        MqttOptions original = MqttOptions.builder().broker("ssl://h:1")
                .credentials("u", "p".toCharArray())
                .tls(TlsOptions.defaults().withCaFile(Path.of("ca.pem")))
                .clientId("id").keepAlive(Duration.ofSeconds(20)).persistentSession(true)
                .reconnect(ReconnectPolicy.disabled()).sharedGroup("g")
                .lastWill(new LastWill("t", new byte[] {1}, 2, true))
                .connectTimeout(Duration.ofSeconds(3)).maxInflight(7).build();

        MqttOptions copy = original.toBuilder().build();

        assertEquals(original.toString(), copy.toString());
        assertArrayEquals(original.password().orElseThrow(), copy.password().orElseThrow());
        assertEquals(original.tls(), copy.tls());
        assertEquals(original.lastWill(), copy.lastWill());
        assertEquals(original.reconnect(), copy.reconnect());
        assertEquals(original.connectTimeout(), copy.connectTimeout());
        assertEquals(original.maxInflight(), copy.maxInflight());
        assertFalse(copy.cleanSession());
    }

    private static void assertRejected(MqttOptionsBuilder builder, String messagePart) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(error.getMessage().contains(messagePart), error.getMessage());
    }
}
