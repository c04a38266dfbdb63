package org.meshbench.transport.mqtt.internal.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.settings.MqttSettings;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * Where the broker password comes from when it should not be on the command line (where {@code ps} shows it):
 * a password file or an environment variable; and the warnings about credentials that travel in the clear.
 */
final class Secrets {

    /** Environment variable holding the broker password. */
    static final String PASSWORD_VARIABLE = MqttSettings.PASSWORD_VARIABLE;

    private Secrets() {
    }

    /**
     * @return the password: from the settings or flags, else the password file, else the environment
     */
    static Optional<char[]> password(Settings settings, Map<String, String> environment, Consumer<String> notices)
            throws SettingsException {
        if (settings.fromFlag(SettingKey.PASSWORD)) {
            notices.accept("warning: " + SettingKey.PASSWORD.flag() + " is visible to every user of this machine "
                    + "(ps); use " + SettingKey.PASSWORD_FILE.flag() + " or " + PASSWORD_VARIABLE);
        }
        Optional<char[]> given = settings.get(SettingKey.PASSWORD, char[].class);
        Optional<Path> file = settings.get(SettingKey.PASSWORD_FILE, Path.class);
        if (given.isPresent() && file.isPresent()) {
            throw new SettingsException(settings.name(SettingKey.PASSWORD_FILE),
                    "conflicts with " + settings.name(SettingKey.PASSWORD));
        }
        if (file.isPresent()) {
            return Optional.of(firstLine(settings.name(SettingKey.PASSWORD_FILE), file.get()));
        }
        if (given.isPresent()) {
            return given;
        }
        return Optional.ofNullable(environment.get(PASSWORD_VARIABLE)).map(String::toCharArray);
    }

    private static char[] firstLine(String name, Path file) throws SettingsException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
        } catch (IOException e) {
            throw new SettingsException(name, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Warns when a user name and password would cross the network unencrypted. */
    static void warnIfExposed(BrokerUrl url, boolean credentials, Consumer<String> notices) {
        if (credentials && !url.scheme().secure() && !loopback(url.host())) {
            notices.accept("warning: the user name and password go unencrypted (plain " + url.scheme().prefix()
                    + ") to " + url.host() + "; use TLS for a broker on another machine");
        }
    }

    private static boolean loopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return bare.equalsIgnoreCase("localhost") || bare.startsWith("127.") || bare.equals("::1");
    }
}
