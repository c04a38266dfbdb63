package org.meshbench.ui.internal.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.TlsOptions;

class OptionsMappingTest {

    private static final char[] NO_PASSWORD = new char[0];
    private static final ConnectionSettings PLAIN = new ConnectionSettings("tcp://127.0.0.1:1883", "", "", "", "",
            false, "", "60", "", true);

    @Test
    void plainBrokerWithCredentials() {
        ConnectionSettings settings = with(PLAIN, "tcp://gw.local:1884", " backend ", "", "", "", false);
        MqttOptions options = OptionsMapping.toOptions(settings, "s3cret".toCharArray());
        assertEquals("tcp://gw.local:1884", options.broker().toString());
        assertEquals(Optional.of("backend"), options.username());
        assertArrayEquals("s3cret".toCharArray(), options.password().orElseThrow());
        assertTrue(options.tls().isEmpty());
        assertFalse(options.toString().contains("s3cret"), options.toString());
    }

    @Test
    void tlsFilesAndTheInsecureOptOut() {
        ConnectionSettings settings = with(PLAIN, "ssl://broker:8883", "", "ca.pem", "client.pem", "client.key", true);
        TlsOptions tls = OptionsMapping.toOptions(settings, NO_PASSWORD).tls().orElseThrow();
        assertEquals(Optional.of(Path.of("ca.pem")), tls.caFile());
        assertEquals(Optional.of(Path.of("client.pem")), tls.clientCertificateFile());
        assertEquals(Optional.of(Path.of("client.key")), tls.clientKeyFile());
        assertFalse(tls.verifyCertificate());
        assertFalse(tls.verifyHostname());
    }

    @Test
    void secureBrokerVerifiesByDefault() {
        TlsOptions tls = OptionsMapping.toOptions(with(PLAIN, "ssl://broker", "", "", "", "", false), NO_PASSWORD)
                .tls().orElseThrow();
        assertEquals(TlsOptions.defaults(), tls);
    }

    @Test
    void sessionSettings() {
        ConnectionSettings settings = new ConnectionSettings("tcp://b:1883", "", "", "", "", false, "lab-1", " 15 ",
                "backends", false);
        MqttOptions options = OptionsMapping.toOptions(settings, NO_PASSWORD);
        assertEquals("lab-1", options.clientId());
        assertEquals(Duration.ofSeconds(15), options.keepAlive());
        assertEquals(Optional.of("backends"), options.sharedGroup());
        assertTrue(options.username().isEmpty());
    }

    @Test
    void emptyFieldsMeanDefaults() {
        MqttOptions options = OptionsMapping.toOptions(PLAIN, NO_PASSWORD);
        assertTrue(options.clientId().startsWith(MqttOptions.CLIENT_ID_PREFIX), options.clientId());
        assertTrue(options.sharedGroup().isEmpty());
        assertTrue(options.password().isEmpty());
    }

    @Test
    void mistakesAreNamed() {
        assertMessage("broker URL", with(PLAIN, " ", "", "", "", "", false), NO_PASSWORD);
        assertMessage("scheme", with(PLAIN, "broker.example.com", "", "", "", "", false), NO_PASSWORD);
        assertMessage("needs a user name", PLAIN, "pw".toCharArray());
        assertMessage("need an ssl://", with(PLAIN, "tcp://b", "", "ca.pem", "", "", false), NO_PASSWORD);
        assertMessage("both the client certificate and its private key",
                with(PLAIN, "ssl://b", "", "", "client.pem", "", false), NO_PASSWORD);
        assertMessage("Keep-alive", new ConnectionSettings("tcp://b", "", "", "", "", false, "", "1 min", "", false),
                NO_PASSWORD);
        assertMessage("keep-alive", new ConnectionSettings("tcp://b", "", "", "", "", false, "", "70000", "", false),
                NO_PASSWORD);
    }

    private static void assertMessage(String expected, ConnectionSettings settings, char[] password) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> OptionsMapping.toOptions(settings, password));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static ConnectionSettings with(ConnectionSettings base, String url, String user, String ca, String cert,
            String key, boolean insecure) {
        return new ConnectionSettings(url, user, ca, cert, key, insecure, base.clientId(), base.keepAliveSeconds(),
                base.sharedGroup(), base.savePassword());
    }
}
