package org.meshbench.transport.mqtt.internal.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.transport.mqtt.BrokerScheme;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.settings.SettingsException;

/** A backend-client settings.yml loads as it is; secrets stay off the command line; risks are told. */
class BackendClientSettingsTest {

    /** The README's settings with the keys of its logging, viewer and subscription sections. */
    private static final String BACKEND_CLIENT_README = """
            mqtt_hostname: 127.0.0.1
            mqtt_password: password
            mqtt_username: username
            mqtt_port: 1883 # defaults to 8883 (secure port)
            mqtt_force_unsecure: True  # defaults to False (secure)
            mqtt_topic: "#"
            mqtt_subscribe_network_id: "+"
            mqtt_subscribe_sink_id: "+"
            mqtt_subscribe_gateway_id: "+"
            mqtt_subscribe_source_endpoint: "+"
            mqtt_subscribe_destination_endpoint: "+"
            fluentd_hostname: "myfluenthost"
            fluentd_record: mesh
            fluentd_tag: app
            debug_level: critical
            wnt_password: "98asuyd907171ehjmasd"
            provisioning_config: "./myprovisioningconfig.yml"
            """;

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    @Test
    void theReadmeSettingsLoadAndEachUnusedKeyIsSaidToBeIgnored() throws Exception {
        MqttOptions options = load(List.of("--settings", write(BACKEND_CLIENT_README).toString()), Map.of());

        assertEquals(BrokerUrl.of(BrokerScheme.TCP, "127.0.0.1", 1883), options.broker());
        assertEquals("username", options.username().orElseThrow());
        assertArrayEquals("password".toCharArray(), options.password().orElseThrow());
        assertEquals(12, notices.stream().filter(line -> line.endsWith("ignored")).count(), notices.toString());
        assertTrue(notices.contains("settings: fluentd_tag is a backend-client setting that Meshbench does not use; "
                + "ignored"), notices.toString());
        assertFalse(notices.toString().contains("98asuyd"), "a secret was repeated: " + notices);
    }

    @Test
    void aMisspeltKeyIsAnErrorThatSuggestsTheClosestKey() throws Exception {
        Path file = write("mqtt_hostnmae: h\n");

        SettingsException e = assertThrows(SettingsException.class, () -> load(List.of("--settings", file.toString()),
                Map.of()));

        assertEquals("mqtt_hostnmae", e.setting());
        assertTrue(e.problem().endsWith("(did you mean mqtt_hostname?)"), e.problem());
    }

    @Test
    void aMisspeltFlagSuggestsTheClosestFlag() {
        SettingsException e = assertThrows(SettingsException.class,
                () -> load(List.of("--host", "h", "--pasword", "x"), Map.of()));

        assertTrue(e.getMessage().endsWith("unknown flag (did you mean --password?)"), e.getMessage());
    }

    @Test
    void aPasswordOnTheCommandLineWarnsThatPsShowsIt() throws Exception {
        load(List.of("--broker", "tcp://127.0.0.1:1883", "--username", "u", "--password", "p"), Map.of());

        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("visible to every user of this machine (ps)"), notices.get(0));
    }

    @Test
    void thePasswordComesFromTheFirstLineOfThePasswordFile() throws Exception {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "s3cret\r\nsecond line\n", StandardCharsets.UTF_8);

        MqttOptions options = load(List.of("--broker", "tcp://localhost", "--username", "u", "--password-file",
                secret.toString()), Map.of(Secrets.PASSWORD_VARIABLE, "not this one"));

        assertArrayEquals("s3cret".toCharArray(), options.password().orElseThrow());
        assertEquals(List.of(), notices);
    }

    @Test
    void thePasswordComesFromTheEnvironmentWhenNothingElseGivesOne() throws Exception {
        MqttOptions options = load(List.of("--broker", "tcp://[::1]", "--username", "u"),
                Map.of(Secrets.PASSWORD_VARIABLE, "from-env"));

        assertArrayEquals("from-env".toCharArray(), options.password().orElseThrow());
    }

    @Test
    void aPasswordAndAPasswordFileTogetherAreAnError() throws Exception {
        Path file = write("mqtt_hostname: h\nmqtt_username: u\nmqtt_password: p\n");
        Path secret = write("p2\n");

        SettingsException e = assertThrows(SettingsException.class, () -> load(List.of("--settings",
                file.toString(), "--password-file", secret.toString()), Map.of()));

        assertEquals("--password-file", e.setting());
    }

    @Test
    void credentialsInPlainTcpToAnotherMachineAreWarnedAbout() throws Exception {
        load(List.of("--broker", "tcp://broker.example:1883", "--username", "u"),
                Map.of(Secrets.PASSWORD_VARIABLE, "p"));

        assertEquals(List.of("warning: the user name and password go unencrypted (plain tcp) to broker.example; "
                + "use TLS for a broker on another machine"), notices);
    }

    @Test
    void loopbackAndTlsBrokersAreNotWarnedAbout() throws Exception {
        Map<String, String> environment = Map.of(Secrets.PASSWORD_VARIABLE, "p");
        load(List.of("--broker", "tcp://127.0.0.1:1883", "--username", "u"), environment);
        load(List.of("--broker", "ssl://broker.example:8883", "--username", "u"), environment);

        assertEquals(List.of(), notices);
    }

    @Test
    void closestNameNeedsALikelyTypo() {
        assertEquals("mqtt_port", ClosestName.to("mqtt_prot", SettingKey.yamlKeys()).orElseThrow());
        assertTrue(ClosestName.to("colour", SettingKey.yamlKeys()).isEmpty());
    }

    private MqttOptions load(List<String> arguments, Map<String, String> environment) throws SettingsException {
        return SettingsLoader.load(null, arguments, environment, notices::add);
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "settings", ".yml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
