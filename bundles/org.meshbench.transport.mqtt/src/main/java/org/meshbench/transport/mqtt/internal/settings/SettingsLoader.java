package org.meshbench.transport.mqtt.internal.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.settings.SettingsException;

/** Reads the settings file and the flags, merges them and builds the options. */
public final class SettingsLoader {

    private SettingsLoader() {
    }

    /**
     * @param settingsFile settings.yml to read, or null (then {@code --settings} may name one)
     * @param arguments command-line flags, which override the file's values
     * @param environment the process environment, where the password may be
     * @param notices told of ignored settings and of credentials at risk, one line each
     * @return the options
     * @throws SettingsException naming the offending key, flag or file
     */
    public static MqttOptions load(Path settingsFile, List<String> arguments, Map<String, String> environment,
            Consumer<String> notices) throws SettingsException {
        FlagReader.Flags flags = FlagReader.read(arguments, Path.of("").toAbsolutePath());
        Path file = settingsFile != null ? settingsFile : flags.settingsFile();
        Map<SettingKey, SettingValue> fileValues =
                file == null ? Map.of() : YamlSettingsReader.read(file, notices);
        return OptionsAssembler.assemble(new Settings(fileValues, flags.values()), environment, notices);
    }
}
