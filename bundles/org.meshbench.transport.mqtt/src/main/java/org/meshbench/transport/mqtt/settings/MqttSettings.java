package org.meshbench.transport.mqtt.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.internal.settings.SettingKey;
import org.meshbench.transport.mqtt.internal.settings.SettingsLoader;

/**
 * Turns a backend-client style {@code settings.yml} and command-line flags into
 * {@link MqttOptions}. Stateless and thread-safe.
 *
 * <p>Keys: {@code mqtt_hostname, mqtt_port, mqtt_username, mqtt_password, mqtt_ca_certs,
 * mqtt_certfile, mqtt_keyfile, mqtt_cert_reqs, mqtt_tls_version, mqtt_force_unsecure,
 * mqtt_allow_untrusted, mqtt_persist_session, mqtt_client_id, mqtt_keepalive} as in the
 * backend-client, plus {@code mqtt_shared_group, mqtt_transport (tcp|websockets),
 * mqtt_reconnect_min_delay, mqtt_reconnect_max_delay} (seconds) and
 * {@code mqtt_max_inflight_messages}, {@code mqtt_password_file}. An empty value means "not set".
 * The keys of the backend-client that Meshbench does not use (logging, fluentd, WNT, WPE, its
 * subscription filters, …) are accepted and reported as ignored; any other key is an error that
 * names the closest valid key. The password comes from {@code mqtt_password}, the first line of
 * {@code mqtt_password_file}, or else the environment variable {@value #PASSWORD_VARIABLE}. Relative file paths in a
 * settings file are resolved against the file's folder, those in flags against the working
 * directory. {@code mqtt_allow_untrusted} turns off the host name check only, as in Paho's
 * Python {@code tls_insecure_set}; {@code mqtt_cert_reqs: CERT_NONE} turns off certificate
 * verification; both are ignored for plain connections, while CA, certificate or key files
 * given for a plain connection are an error.
 */
public final class MqttSettings {

    /** The environment variable read for the password when no other source gives one. */
    public static final String PASSWORD_VARIABLE = "MESHBENCH_MQTT_PASSWORD";

    private static final Consumer<String> IGNORE = notice -> { };

    private MqttSettings() {
    }

    /**
     * @param settingsFile a settings.yml file of flat {@code key: value} pairs
     * @return the options it describes
     * @throws SettingsException naming the offending key or the file
     */
    public static MqttOptions fromFile(Path settingsFile) throws SettingsException {
        return fromFile(settingsFile, IGNORE);
    }

    /**
     * @param settingsFile a settings.yml file of flat {@code key: value} pairs
     * @param notices told, one line each, of ignored backend-client keys and of credentials at risk
     * @return the options it describes
     * @throws SettingsException naming the offending key or the file
     * @since 0.2
     */
    public static MqttOptions fromFile(Path settingsFile, Consumer<String> notices) throws SettingsException {
        return SettingsLoader.load(settingsFile, List.of(), System.getenv(), notices);
    }

    /**
     * @param arguments flags such as {@code --broker URL --username U --password P --ca F
     *            --cert F --key F --insecure --client-id ID --shared-group G}, optionally
     *            {@code --settings FILE}, whose values the other flags override; a flag may
     *            also be written {@code --flag=value}
     * @return the options they describe
     * @throws SettingsException naming the offending flag, key or file
     */
    public static MqttOptions fromArguments(List<String> arguments) throws SettingsException {
        return fromArguments(arguments, IGNORE);
    }

    /**
     * Reads flags as {@link #fromArguments(List)} does and tells what a user should know: ignored
     * backend-client keys, a password on the command line (which {@code ps} shows), credentials
     * that go unencrypted to a broker on another machine.
     *
     * @param arguments the flags
     * @param notices told of each such point, one line each, without any secret
     * @return the options they describe
     * @throws SettingsException naming the offending flag, key or file
     * @since 0.2
     */
    public static MqttOptions fromArguments(List<String> arguments, Consumer<String> notices)
            throws SettingsException {
        return SettingsLoader.load(null, arguments, System.getenv(), notices);
    }

    /** @return one line per flag with its settings.yml key, for a command's help text */
    public static String flagHelp() {
        StringBuilder help = new StringBuilder("  --settings FILE             settings.yml to read first\n");
        help.append("  (the password may also come from the environment variable " + PASSWORD_VARIABLE + ")\n");
        for (SettingKey key : SettingKey.values()) {
            help.append(key.helpLine()).append('\n');
        }
        return help.toString();
    }
}
