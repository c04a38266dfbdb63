package org.meshbench.transport.mqtt.settings;

import java.nio.file.Path;
import java.util.List;
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
 * {@code mqtt_max_inflight_messages}. An empty value means "not set". Relative file paths in a
 * settings file are resolved against the file's folder, those in flags against the working
 * directory. {@code mqtt_allow_untrusted} turns off the host name check only, as in Paho's
 * Python {@code tls_insecure_set}; {@code mqtt_cert_reqs: CERT_NONE} turns off certificate
 * verification; both are ignored for plain connections, while CA, certificate or key files
 * given for a plain connection are an error.
 */
public final class MqttSettings {

    private MqttSettings() {
    }

    /**
     * @param settingsFile a settings.yml file of flat {@code key: value} pairs
     * @return the options it describes
     * @throws SettingsException naming the offending key or the file
     */
    public static MqttOptions fromFile(Path settingsFile) throws SettingsException {
        return SettingsLoader.load(settingsFile, List.of());
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
        return SettingsLoader.load(null, arguments);
    }

    /** @return one line per flag with its settings.yml key, for a command's help text */
    public static String flagHelp() {
        StringBuilder help = new StringBuilder("  --settings FILE             settings.yml to read first\n");
        for (SettingKey key : SettingKey.values()) {
            help.append(key.helpLine()).append('\n');
        }
        return help.toString();
    }
}
