package org.meshbench.transport.mqtt.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.transport.mqtt.settings.SettingsFiles.assertProblem;
import static org.meshbench.transport.mqtt.settings.SettingsFiles.write;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.transport.mqtt.BrokerScheme;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.TlsOptions;
import org.meshbench.transport.mqtt.TlsVersion;
import org.meshbench.testing.mosquitto.TestPki;

/** Command-line flags, alone and overriding a settings file. */
class SettingsFlagsTest {
    @TempDir
    static Path pkiDir;
    private static TestPki pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void makePki() throws Exception {
        pki = TestPki.create(pkiDir);
    }

    private static MqttOptions flags(String... arguments) throws SettingsException {
        return MqttSettings.fromArguments(List.of(arguments));
    }

    @Test
    void readsTheDocumentedFlags() throws Exception {
        MqttOptions options = flags("--broker", "ssl://broker.example:1234", "--username", "u",
                "--password", "p", "--ca", pki.caCertificate().toString(),
                "--cert", pki.clientCertificate().toString(), "--key", pki.clientKey().toString(),
                "--client-id", "cli-1", "--shared-group", "workers");

        assertEquals(BrokerUrl.of(BrokerScheme.SSL, "broker.example", 1234), options.broker());
        assertEquals(Optional.of("u"), options.username());
        assertArrayEquals("p".toCharArray(), options.password().orElseThrow());
        assertEquals(TlsOptions.defaults().withCaFile(pki.caCertificate())
                .withClientCertificate(pki.clientCertificate(), pki.clientKey()), options.tls().orElseThrow());
        assertEquals("cli-1", options.clientId());
        assertEquals(Optional.of("workers"), options.sharedGroup());
    }

    @Test
    void readsTheOtherFlagsInBothSpellings() throws Exception {
        MqttOptions options = flags("--host", "h", "--port=1999", "--keepalive=5", "--persist-session",
                "--transport", "websockets", "--tls-version", "TLSv1_3", "--cert-reqs=CERT_NONE",
                "--allow-untrusted", "--reconnect-min-delay", "3", "--reconnect-max-delay", "9",
                "--max-inflight", "7");

        assertEquals(BrokerUrl.of(BrokerScheme.WSS, "h", 1999), options.broker());
        assertEquals(Duration.ofSeconds(5), options.keepAlive());
        assertFalse(options.cleanSession());
        TlsOptions tls = options.tls().orElseThrow();
        assertEquals(TlsVersion.TLS_1_3, tls.version());
        assertFalse(tls.verifyCertificate());
        assertFalse(tls.verifyHostname());
        assertEquals(Duration.ofSeconds(9), options.reconnect().maxDelay());
        assertEquals(7, options.maxInflight());
    }

    @Test
    void aBrokerWithoutSchemeIsTlsUnlessInsecure() throws Exception {
        assertEquals(BrokerUrl.of(BrokerScheme.SSL, "h", 8883), flags("--broker", "h").broker());
        assertEquals(BrokerUrl.of(BrokerScheme.TCP, "h", 1883),
                flags("--broker", "h", "--insecure").broker());
        assertEquals(BrokerUrl.of(BrokerScheme.TCP, "h", 1999),
                flags("--insecure=true", "--broker", "h:1999").broker());
        assertEquals(BrokerUrl.of(BrokerScheme.SSL, "h", 8883),
                flags("--insecure=false", "--host", "h").broker());
    }

    @Test
    void flagsOverrideTheSettingsFile() throws Exception {
        Path file = write(dir, "mqtt_hostname: from-file", "mqtt_port: 1884",
                "mqtt_force_unsecure: true", "mqtt_client_id: file-id", "mqtt_keepalive: 30");

        MqttOptions options = flags("--settings", file.toString(), "--host", "from-flag",
                "--client-id", "flag-id");

        assertEquals(BrokerUrl.of(BrokerScheme.TCP, "from-flag", 1884), options.broker());
        assertEquals("flag-id", options.clientId());
        assertEquals(Duration.ofSeconds(30), options.keepAlive());
    }

    @Test
    void aBrokerFlagReplacesTheFilesHostPortAndScheme() throws Exception {
        Path file = write(dir, "mqtt_hostname: from-file", "mqtt_port: 1884",
                "mqtt_force_unsecure: true", "mqtt_transport: websockets");

        MqttOptions options = flags("--settings=" + file, "--broker", "ssl://from-flag:8884");

        assertEquals(BrokerUrl.of(BrokerScheme.SSL, "from-flag", 8884), options.broker());
    }

    @Test
    void aPlainBrokerFlagConflictsWithTlsFilesOfTheSettingsFile() throws Exception {
        Path file = write(dir, "mqtt_hostname: h", "mqtt_ca_certs: " + pki.caCertificate());
        assertProblem("mqtt_ca_certs", "is plain",
                () -> flags("--settings", file.toString(), "--broker", "tcp://h"));
    }

    @Test
    void contradictingFlagsAreErrors() {
        assertProblem("--host", "conflicts with --broker", () -> flags("--broker", "tcp://a", "--host", "b"));
        assertProblem("--port", "conflicts with --broker", () -> flags("--broker", "tcp://a", "--port", "1"));
        assertProblem("--insecure", "conflicts with the TLS broker",
                () -> flags("--broker", "ssl://a", "--insecure"));
        assertProblem("--transport", "conflicts with the broker",
                () -> flags("--broker", "ssl://a", "--transport", "websockets"));
    }

    @Test
    void badFlagsAreNamed() {
        assertProblem("--nope", "unknown flag", () -> flags("--host", "h", "--nope", "x"));
        assertProblem("broker.example", "unexpected argument", () -> flags("broker.example"));
        assertProblem("--username", "needs a value", () -> flags("--host", "h", "--username"));
        assertProblem("--username", "needs a value", () -> flags("--username", "--password", "p"));
        assertProblem("--host", "given twice", () -> flags("--host", "a", "--host", "b"));
        assertProblem("--insecure", "expected true or false", () -> flags("--host", "h", "--insecure=maybe"));
        assertProblem("--port", "expected a whole number but found 'abc'", () -> flags("--host", "h", "--port", "abc"));
        assertProblem("--keepalive", "must be in 0..65535", () -> flags("--host", "h", "--keepalive", "-5"));
        assertProblem("--broker", "unsupported scheme", () -> flags("--broker", "ftp://h"));
        assertProblem("--cert-reqs", "is not one of", () -> flags("--host", "h", "--cert-reqs", "NO"));
        assertProblem("--shared-group", "must not contain", () -> flags("--host", "h", "--shared-group", "a+"));
        assertProblem("--password", "needs mqtt_username", () -> flags("--host", "h", "--password", "p"));
    }

    @Test
    void relativeFlagPathsResolveAgainstTheWorkingDirectory() {
        Path expected = Path.of("").toAbsolutePath().resolve("no-such-ca.pem");
        assertProblem("--ca", "file not found: " + expected,
                () -> flags("--host", "h", "--ca", "no-such-ca.pem"));
    }

    @Test
    void theSettingsFlagNeedsAReadableFileOnce() throws Exception {
        Path missing = dir.resolve("missing.yml");
        assertProblem(missing.toString(), "file not found", () -> flags("--settings", missing.toString()));
        Path file = write(dir, "mqtt_hostname: h");
        assertProblem("--settings", "given twice",
                () -> flags("--settings", file.toString(), "--settings", file.toString()));
    }

    @Test
    void aPasswordFlagValueMayStartWithDashesWhenInline() throws Exception {
        MqttOptions options = flags("--host", "h", "--username", "u", "--password=--dashes");

        assertArrayEquals("--dashes".toCharArray(), options.password().orElseThrow());
    }

    @Test
    void helpListsEveryFlagWithItsKey() {
        String help = MqttSettings.flagHelp();

        for (String flag : List.of("--settings", "--broker", "--host", "--port", "--username",
                "--password", "--ca", "--cert", "--key", "--cert-reqs", "--tls-version", "--insecure",
                "--allow-untrusted", "--persist-session", "--client-id", "--keepalive",
                "--shared-group", "--transport", "--reconnect-min-delay", "--reconnect-max-delay",
                "--max-inflight")) {
            assertTrue(help.contains("  " + flag + " "), flag + " missing in\n" + help);
        }
        assertTrue(help.contains("[mqtt_ca_certs]"), help);
    }
}
