package org.meshbench.transport.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TlsOptions, ReconnectPolicy, LastWill and ReceivedMessage. */
class OptionValuesTest {

    @Test
    void tlsDefaultsVerifyEverythingWithSystemCas() {
        TlsOptions tls = TlsOptions.defaults();

        assertTrue(tls.caFile().isEmpty());
        assertTrue(tls.verifyHostname());
        assertTrue(tls.verifyCertificate());
        assertEquals(TlsVersion.TLS_1_2_OR_LATER, tls.version());
        assertEquals(java.util.List.of("TLSv1.3", "TLSv1.2"), tls.version().protocols());
    }

    @Test
    void aClientCertificateNeedsItsKey() {
        assertThrows(IllegalArgumentException.class, () -> new TlsOptions(Optional.empty(),
                Optional.of(Path.of("c.pem")), Optional.empty(), TlsVersion.TLS_1_2, true, true));
        TlsOptions both = TlsOptions.defaults().withClientCertificate(Path.of("c"), Path.of("k"));
        assertEquals(Optional.of(Path.of("k")), both.clientKeyFile());
    }

    @Test
    void reconnectDelaysMustBeOrdered() {
        assertThrows(IllegalArgumentException.class,
                () -> ReconnectPolicy.exponential(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> ReconnectPolicy.exponential(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertFalse(ReconnectPolicy.disabled().enabled());
        assertEquals(Duration.ofSeconds(1), ReconnectPolicy.defaults().minDelay());
        assertEquals(Duration.ofSeconds(60), ReconnectPolicy.defaults().maxDelay());
    }

    @Test
    void lastWillCopiesItsPayloadAndChecksTopicAndQos() {
        byte[] payload = {1, 2};
        LastWill will = new LastWill("gw-event/status/gw1", payload, 2, true);
        payload[0] = 9;

        assertArrayEquals(new byte[] {1, 2}, will.payload());
        will.payload()[1] = 9;
        assertArrayEquals(new byte[] {1, 2}, will.payload());
        assertEquals(new LastWill("gw-event/status/gw1", new byte[] {1, 2}, 2, true), will);
        assertThrows(IllegalArgumentException.class, () -> new LastWill("a/+", payload, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new LastWill("a", payload, 3, false));
    }

    @Test
    void receivedMessagePayloadCannotBeChangedThroughItsAccessors() {
        ReceivedMessage message = new ReceivedMessage("t", new byte[] {1, 2, 3}, 1, true, false);

        message.payload()[0] = 9;
        ByteBuffer view = message.payloadBuffer();

        assertEquals(1, view.get(0));
        assertThrows(ReadOnlyBufferException.class, () -> view.put(0, (byte) 9));
        assertEquals(3, message.payloadSize());
        assertTrue(message.toString().contains("3 bytes"));
    }

    @Test
    void connectionEventsPrintStateErrorAndRetry() {
        ConnectionEvent event = new ConnectionEvent(ConnectionState.RECONNECTING,
                Optional.of(new ConnectionError(ConnectionErrorKind.CONNECTION_REFUSED, "refused")),
                Optional.of(Duration.ofMillis(1500)), java.time.Instant.EPOCH);

        assertEquals("RECONNECTING (CONNECTION_REFUSED: refused), retry in 1500 ms", event.toString());
    }
}
