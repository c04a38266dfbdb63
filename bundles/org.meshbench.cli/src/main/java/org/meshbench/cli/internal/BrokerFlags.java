package org.meshbench.cli.internal;

import java.io.Console;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.settings.MqttSettings;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * The broker flags of a command ({@code --settings}, {@code --broker}, {@code --username}, …) read into
 * options. What the settings reader has to say (ignored keys, a password that {@code ps} shows, credentials in
 * the clear) goes to stderr; a user name without any password source asks for the password when a person is at
 * the terminal.
 */
final class BrokerFlags {

    private BrokerFlags() {
    }

    /**
     * @param command the command's name, to prefix its messages
     * @param flags the broker flags
     * @param err where notices go
     * @return the options
     * @throws SettingsException naming the offending flag or key
     */
    static MqttOptions read(String command, List<String> flags, PrintStream err) throws SettingsException {
        MqttOptions options = MqttSettings.fromArguments(flags, notice -> err.println("meshbench " + command + ": "
                + notice));
        Console console = System.console();
        if (options.username().isEmpty() || options.password().isPresent() || console == null) {
            return options;
        }
        char[] password = console.readPassword("password of %s at %s (empty for none): ",
                options.username().get(), options.broker());
        if (password == null || password.length == 0) {
            return options;
        }
        try {
            return options.toBuilder().credentials(options.username().get(), password).build();
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
