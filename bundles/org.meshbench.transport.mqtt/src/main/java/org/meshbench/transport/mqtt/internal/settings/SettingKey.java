package org.meshbench.transport.mqtt.internal.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.meshbench.transport.mqtt.TlsVersion;

/**
 * Every setting: its settings.yml key (as in the backend-client where one exists), its flag,
 * its type and a help text.
 */
public enum SettingKey {
    BROKER(null, "--broker", new ValueType.Text("URL"),
            "broker URL tcp|ssl|ws|wss://host[:port], or host[:port] (TLS unless --insecure)"),
    HOSTNAME("mqtt_hostname", "--host", new ValueType.Text("HOST"), "broker host"),
    PORT("mqtt_port", "--port", new ValueType.Whole(1, 65_535, "N"),
            "broker port (default 8883 with TLS, 1883 without)"),
    USERNAME("mqtt_username", "--username", new ValueType.Text("USER"), "user name"),
    PASSWORD("mqtt_password", "--password", new ValueType.Secret(),
            "password (visible in ps; prefer --password-file or " + Secrets.PASSWORD_VARIABLE + ")"),
    PASSWORD_FILE("mqtt_password_file", "--password-file", new ValueType.FileRef(),
            "file whose first line is the password"),
    CA_CERTS("mqtt_ca_certs", "--ca", new ValueType.FileRef(),
            "PEM file of CA certificates to trust instead of the system CAs"),
    CERTFILE("mqtt_certfile", "--cert", new ValueType.FileRef(), "PEM client certificate"),
    KEYFILE("mqtt_keyfile", "--key", new ValueType.FileRef(), "PEM unencrypted client key"),
    CERT_REQS("mqtt_cert_reqs", "--cert-reqs", new ValueType.Choice(Map.of(
            "CERT_REQUIRED", true, "CERT_OPTIONAL", true, "CERT_NONE", false), "REQS"),
            "CERT_NONE accepts any broker certificate (insecure)"),
    TLS_VERSION("mqtt_tls_version", "--tls-version", new ValueType.Choice(Map.of(
            "TLS", TlsVersion.TLS_1_2_OR_LATER, "PROTOCOL_TLS", TlsVersion.TLS_1_2_OR_LATER,
            "PROTOCOL_TLS_CLIENT", TlsVersion.TLS_1_2_OR_LATER,
            "TLSv1_2", TlsVersion.TLS_1_2, "TLSv1.2", TlsVersion.TLS_1_2,
            "PROTOCOL_TLSv1_2", TlsVersion.TLS_1_2,
            "TLSv1_3", TlsVersion.TLS_1_3, "TLSv1.3", TlsVersion.TLS_1_3), "VERSION"),
            "TLS version (default: 1.2 or 1.3)"),
    FORCE_UNSECURE("mqtt_force_unsecure", "--insecure", new ValueType.Flag(),
            "plain TCP without TLS"),
    ALLOW_UNTRUSTED("mqtt_allow_untrusted", "--allow-untrusted", new ValueType.Flag(),
            "skip the broker host name check"),
    PERSIST_SESSION("mqtt_persist_session", "--persist-session", new ValueType.Flag(),
            "keep the broker session across connections"),
    CLIENT_ID("mqtt_client_id", "--client-id", new ValueType.Text("ID"),
            "MQTT client id (default meshbench-<random>)"),
    KEEPALIVE("mqtt_keepalive", "--keepalive", new ValueType.Whole(0, 65_535, "SECONDS"),
            "keep-alive interval (default 60)"),
    SHARED_GROUP("mqtt_shared_group", "--shared-group", new ValueType.Text("GROUP"),
            "shared-subscription group for shareable subscriptions"),
    TRANSPORT("mqtt_transport", "--transport", new ValueType.Choice(Map.of(
            "tcp", false, "websockets", true), "tcp|websockets"), "raw TCP or websockets"),
    RECONNECT_MIN_DELAY("mqtt_reconnect_min_delay", "--reconnect-min-delay",
            new ValueType.Whole(1, 3_600, "SECONDS"), "first reconnect wait (default 1)"),
    RECONNECT_MAX_DELAY("mqtt_reconnect_max_delay", "--reconnect-max-delay",
            new ValueType.Whole(1, 86_400, "SECONDS"), "longest reconnect wait (default 60)"),
    MAX_INFLIGHT("mqtt_max_inflight_messages", "--max-inflight",
            new ValueType.Whole(1, 65_535, "N"), "unacknowledged QoS 1/2 publishes (default 100)");

    private final String yamlKey;
    private final String flag;
    private final ValueType type;
    private final String help;

    SettingKey(String yamlKey, String flag, ValueType type, String help) {
        this.yamlKey = yamlKey;
        this.flag = flag;
        this.type = type;
        this.help = help;
    }

    /** @return the settings.yml key; empty for flag-only settings */
    public Optional<String> yamlKey() {
        return Optional.ofNullable(yamlKey);
    }

    /** @return the command-line flag, e.g. {@code --ca} */
    public String flag() {
        return flag;
    }

    ValueType type() {
        return type;
    }

    /** @return the key for messages about a missing setting: yml key and flag */
    String bothNames() {
        return yamlKey == null ? flag : yamlKey + " (" + flag + ")";
    }

    /** @return a help line: flag, placeholder, key and description */
    public String helpLine() {
        String usage = (flag + " " + type.placeholder()).strip();
        return String.format("  %-27s %s%s", usage, help,
                yamlKey == null ? "" : " [" + yamlKey + "]");
    }

    /** @return every settings.yml key */
    static List<String> yamlKeys() {
        return Arrays.stream(values()).map(k -> k.yamlKey).filter(Objects::nonNull).toList();
    }

    /** @return every flag */
    static List<String> flags() {
        return Arrays.stream(values()).map(k -> k.flag).toList();
    }

    static Optional<SettingKey> byYamlKey(String key) {
        return Arrays.stream(values()).filter(k -> key.equals(k.yamlKey)).findFirst();
    }

    static Optional<SettingKey> byFlag(String name) {
        return Arrays.stream(values()).filter(k -> name.equals(k.flag)).findFirst();
    }
}
