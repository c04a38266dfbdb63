package org.meshbench.transport.mqtt.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.transport.mqtt.settings.SettingsFiles.assertProblem;
import static org.meshbench.transport.mqtt.settings.SettingsFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meshbench.transport.mqtt.BrokerScheme;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.ReconnectPolicy;
import org.meshbench.transport.mqtt.TlsOptions;
import org.meshbench.transport.mqtt.TlsVersion;
import org.meshbench.testing.mosquitto.TestPki;

/** settings.yml: every key, and an error naming the key for every kind of bad value. */
class SettingsFileTest {
    @TempDir
    static Path pkiDir;
    private static TestPki pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void makePki() throws Exception {
        pki = TestPki.create(pkiDir);
    }

    @Test
    void readsEveryKey() throws Exception {
        Files.copy(pki.caCertificate(), dir.resolve("ca.crt"));
        Path file = write(dir,
                "# backend-client style settings",
                "mqtt_hostname: broker.example",
                "mqtt_port: 9883",
                "mqtt_username: alice",
                "mqtt_password: \"s3cret\"",
                "mqtt_ca_certs: ca.crt",
                "mqtt_certfile: " + pki.clientCertificate(),
                "mqtt_keyfile: " + pki.clientKey(),
                "mqtt_cert_reqs: CERT_REQUIRED",
                "mqtt_tls_version: PROTOCOL_TLSv1_2",
                "mqtt_force_unsecure: False",
                "mqtt_allow_untrusted: True",
                "mqtt_persist_session: True",
                "mqtt_client_id: workbench-1",
                "mqtt_keepalive: 20",
                "mqtt_shared_group: workers",
                "mqtt_transport: websockets",
                "mqtt_reconnect_min_delay: 2",
                "mqtt_reconnect_max_delay: 30",
                "mqtt_max_inflight_messages: 50");

        MqttOptions options = MqttSettings.fromFile(file);

        assertEquals(BrokerUrl.of(BrokerScheme.WSS, "broker.example", 9883), options.broker());
        assertEquals(Optional.of("alice"), options.username());
        assertArrayEquals("s3cret".toCharArray(), options.password().orElseThrow());
        TlsOptions tls = options.tls().orElseThrow();
        assertEquals(Optional.of(dir.resolve("ca.crt")), tls.caFile());
        assertEquals(Optional.of(pki.clientCertificate()), tls.clientCertificateFile());
        assertEquals(Optional.of(pki.clientKey()), tls.clientKeyFile());
        assertEquals(TlsVersion.TLS_1_2, tls.version());
        assertFalse(tls.verifyHostname());
        assertTrue(tls.verifyCertificate());
        assertFalse(options.cleanSession());
        assertEquals("workbench-1", options.clientId());
        assertEquals(Duration.ofSeconds(20), options.keepAlive());
        assertEquals(Optional.of("workers"), options.sharedGroup());
        assertEquals(ReconnectPolicy.exponential(Duration.ofSeconds(2), Duration.ofSeconds(30)),
                options.reconnect());
        assertEquals(50, options.maxInflight());
    }

    @Test
    void aMinimalFileMeansTlsWithTheDefaults() throws Exception {
        MqttOptions options = MqttSettings.fromFile(write(dir, "mqtt_hostname: broker.example"));

        assertEquals(BrokerUrl.of(BrokerScheme.SSL, "broker.example", 8883), options.broker());
        assertEquals(Optional.of(TlsOptions.defaults()), options.tls());
        assertTrue(options.username().isEmpty());
        assertEquals(ReconnectPolicy.defaults(), options.reconnect());
        assertTrue(options.clientId().startsWith("meshbench-"));
    }

    @Test
    void forceUnsecureMeansPlainOnPort1883AndIgnoresTlsOnlyKeys() throws Exception {
        MqttOptions options = MqttSettings.fromFile(write(dir, "mqtt_hostname: h",
                "mqtt_force_unsecure: true", "mqtt_tls_version: TLSv1_3",
                "mqtt_cert_reqs: CERT_NONE", "mqtt_allow_untrusted: true"));

        assertEquals(BrokerUrl.of(BrokerScheme.TCP, "h", 1883), options.broker());
        assertTrue(options.tls().isEmpty());
    }

    @Test
    void certReqsNoneTurnsCertificateVerificationOff() throws Exception {
        MqttOptions options = MqttSettings.fromFile(write(dir, "mqtt_hostname: h",
                "mqtt_cert_reqs: cert_none", "mqtt_tls_version: TLSv1.3"));

        TlsOptions tls = options.tls().orElseThrow();
        assertFalse(tls.verifyCertificate());
        assertTrue(tls.verifyHostname());
        assertEquals(TlsVersion.TLS_1_3, tls.version());
    }

    @Test
    void emptyValuesMeanNotSet() throws Exception {
        MqttOptions options = MqttSettings.fromFile(write(dir, "mqtt_hostname: h",
                "mqtt_username:", "mqtt_password:", "mqtt_ca_certs:"));

        assertTrue(options.username().isEmpty());
        assertEquals(Optional.of(TlsOptions.defaults()), options.tls());
    }

    @Test
    void anIpv6HostIsBracketedInTheUrl() throws Exception {
        MqttOptions options = MqttSettings.fromFile(write(dir, "mqtt_hostname: '::1'",
                "mqtt_force_unsecure: true"));

        assertEquals(BrokerUrl.of(BrokerScheme.TCP, "::1", 1883), options.broker());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "mqtt_topc | '#' | unknown setting",
        "mqtt_port | abc | expected a whole number but found 'abc'",
        "mqtt_port | 70000 | must be in 1..65535, got 70000",
        "mqtt_port | 0 | must be in 1..65535",
        "mqtt_port | 1.5 | expected a whole number",
        "mqtt_keepalive | -1 | must be in 0..65535",
        "mqtt_reconnect_min_delay | 0 | must be in 1..3600",
        "mqtt_reconnect_max_delay | 100000 | must be in 1..86400",
        "mqtt_max_inflight_messages | 0 | must be in 1..65535",
        "mqtt_force_unsecure | maybe | expected true or false",
        "mqtt_persist_session | 1 | expected true or false",
        "mqtt_allow_untrusted | 'yes please' | expected true or false",
        "mqtt_username | 123 | expected text but found a number; put the value in quotes",
        "mqtt_client_id | true | expected text but found a boolean",
        "mqtt_hostname | [a, b] | expected text but found a list",
        "mqtt_shared_group | {a: b} | expected text but found a nested mapping",
        "mqtt_hostname | '\"  \"' | is empty",
        "mqtt_cert_reqs | CERT_MAYBE | 'CERT_MAYBE' is not one of CERT_NONE, CERT_OPTIONAL, CERT_REQUIRED",
        "mqtt_tls_version | TLSv1 | 'TLSv1' is not one of",
        "mqtt_transport | udp | 'udp' is not one of tcp, websockets",
        "mqtt_shared_group | a/b | must not contain /",
        "mqtt_ca_certs | 42 | expected text",
    })
    void badValuesNameTheirKey(String key, String value, String problem) throws Exception {
        String host = key.equals("mqtt_hostname") ? "mqtt_port: 1" : "mqtt_hostname: h";
        Path file = write(dir, host, key + ": " + value);
        assertProblem(key, problem, () -> MqttSettings.fromFile(file));
    }

    @ParameterizedTest
    @CsvSource({"mqtt_ca_certs", "mqtt_certfile", "mqtt_keyfile"})
    void missingFilesNameTheKeyAndTheResolvedPath(String key) throws Exception {
        Path file = write(dir, "mqtt_hostname: h", key + ": missing.pem");
        assertProblem(key, "file not found: " + dir.resolve("missing.pem"),
                () -> MqttSettings.fromFile(file));
    }

    @Test
    void aFolderIsNotAFile() throws Exception {
        Path file = write(dir, "mqtt_hostname: h", "mqtt_ca_certs: " + dir);
        assertProblem("mqtt_ca_certs", "file not found", () -> MqttSettings.fromFile(file));
    }

    @Test
    void tlsFilesWithTheWrongContentNameTheirKey() throws Exception {
        Path caIsKey = write(dir, "mqtt_hostname: h", "mqtt_ca_certs: " + pki.clientKey());
        assertProblem("mqtt_ca_certs", "no PEM certificate", () -> MqttSettings.fromFile(caIsKey));

        Path keyIsCertificate = write(dir, "mqtt_hostname: h", "mqtt_certfile: " + pki.clientCertificate(),
                "mqtt_keyfile: " + pki.clientCertificate());
        assertProblem("mqtt_keyfile", "no PEM private key", () -> MqttSettings.fromFile(keyIsCertificate));

        Path certificateIsKey = write(dir, "mqtt_hostname: h", "mqtt_certfile: " + pki.clientKey(),
                "mqtt_keyfile: " + pki.clientKey());
        assertProblem("mqtt_certfile", "no PEM certificate", () -> MqttSettings.fromFile(certificateIsKey));

        Path wrongKey = write(dir, "mqtt_hostname: h", "mqtt_certfile: " + pki.clientCertificate(),
                "mqtt_keyfile: " + pki.serverKey());
        assertProblem("mqtt_keyfile", "does not belong", () -> MqttSettings.fromFile(wrongKey));
    }

    @Test
    void aCertificateNeedsItsKeyAndAKeyItsCertificate() throws Exception {
        Path certificateOnly = write(dir, "mqtt_hostname: h", "mqtt_certfile: " + pki.clientCertificate());
        assertProblem("mqtt_certfile", "needs mqtt_keyfile (--key) too",
                () -> MqttSettings.fromFile(certificateOnly));

        Path keyOnly = write(dir, "mqtt_hostname: h", "mqtt_keyfile: " + pki.clientKey());
        assertProblem("mqtt_keyfile", "needs mqtt_certfile (--cert) too", () -> MqttSettings.fromFile(keyOnly));
    }

    @Test
    void tlsFilesForAPlainConnectionAreAnError() throws Exception {
        Path file = write(dir, "mqtt_hostname: h", "mqtt_force_unsecure: true",
                "mqtt_ca_certs: " + pki.caCertificate());
        assertProblem("mqtt_ca_certs", "is plain", () -> MqttSettings.fromFile(file));
    }

    @Test
    void crossKeyProblemsNameTheKey() throws Exception {
        Path noHost = write(dir, "mqtt_port: 1883");
        assertProblem("mqtt_hostname (--host)", "missing", () -> MqttSettings.fromFile(noHost));

        Path passwordOnly = write(dir, "mqtt_hostname: h", "mqtt_password: 'x'");
        assertProblem("mqtt_password", "needs mqtt_username", () -> MqttSettings.fromFile(passwordOnly));

        Path delays = write(dir, "mqtt_hostname: h", "mqtt_reconnect_min_delay: 10",
                "mqtt_reconnect_max_delay: 5");
        assertProblem("mqtt_reconnect_max_delay", "must be at least mqtt_reconnect_min_delay (10)",
                () -> MqttSettings.fromFile(delays));

        Path badHost = write(dir, "mqtt_hostname: 'bad host'");
        assertProblem("mqtt_hostname", "invalid broker URL", () -> MqttSettings.fromFile(badHost));
    }

    @Test
    void aLongMinimumDelayRaisesTheDefaultMaximum() throws Exception {
        MqttOptions options = MqttSettings.fromFile(write(dir, "mqtt_hostname: h",
                "mqtt_reconnect_min_delay: 120"));

        assertEquals(Duration.ofSeconds(120), options.reconnect().maxDelay());
    }

    @Test
    void fileLevelProblemsNameTheFile() throws Exception {
        Path missing = dir.resolve("absent.yml");
        assertProblem(missing.toString(), "file not found", () -> MqttSettings.fromFile(missing));

        Path list = write(dir, "- mqtt_hostname: h");
        assertProblem(list.toString(), "expected 'key: value' lines", () -> MqttSettings.fromFile(list));

        Path duplicate = write(dir, "mqtt_hostname: a", "mqtt_hostname: b");
        assertProblem(duplicate.toString(), "duplicate key mqtt_hostname", () -> MqttSettings.fromFile(duplicate));

        Path numberKey = write(dir, "1: x");
        assertProblem(numberKey.toString(), "key 1 is not a name", () -> MqttSettings.fromFile(numberKey));
    }

    @Test
    void yamlSyntaxErrorsGiveThePositionButNeverTheLine() throws Exception {
        Path file = write(dir, "mqtt_hostname: h", "mqtt_username: alice",
                "mqtt_password: \"topsecret", "mqtt_port: 1");

        SettingsException error = assertProblem(file.toString(), "invalid YAML",
                () -> MqttSettings.fromFile(file));
        assertTrue(error.problem().contains("line"), error.getMessage());
        assertFalse(error.getMessage().contains("topsecret"), error.getMessage());
    }

    @Test
    void passwordsNeverAppearInMessages() throws Exception {
        Path file = write(dir, "mqtt_hostname: h", "mqtt_password: 123456");

        SettingsException error = assertProblem("mqtt_password", "expected text",
                () -> MqttSettings.fromFile(file));
        assertFalse(error.getMessage().contains("123456"), error.getMessage());
        MqttOptions options = MqttSettings.fromFile(write(dir, "mqtt_hostname: h",
                "mqtt_username: u", "mqtt_password: 'pa55word'"));
        assertFalse(options.toString().contains("pa55word"), options.toString());
    }
}
