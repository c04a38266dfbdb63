package org.meshbench.transport.mqtt.internal.settings;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * Reads {@code --flag value}, {@code --flag=value} and bare boolean flags. A value may not
 * start with {@code --} unless written with {@code =}, so a forgotten value is caught.
 */
final class FlagReader {
    static final String SETTINGS_FLAG = "--settings";

    /**
     * @param settingsFile the {@code --settings} file, or null
     * @param values the flags' values
     */
    record Flags(Path settingsFile, Map<SettingKey, SettingValue> values) {
    }

    private FlagReader() {
    }

    static Flags read(List<String> arguments, Path workingDir) throws SettingsException {
        Map<SettingKey, SettingValue> values = new EnumMap<>(SettingKey.class);
        Path settingsFile = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                throw new SettingsException(argument, "unexpected argument; flags start with --");
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument : argument.substring(0, equals);
            String inline = equals < 0 ? null : argument.substring(equals + 1);
            if (name.equals(SETTINGS_FLAG)) {
                if (settingsFile != null) {
                    throw new SettingsException(name, "given twice");
                }
                String text = inline != null ? inline : valueAfter(arguments, i++, name);
                settingsFile = workingDir.resolve(text);
                continue;
            }
            SettingKey key = SettingKey.byFlag(name)
                    .orElseThrow(() -> new SettingsException(name, "unknown flag"
                            + ClosestName.hint(name, SettingKey.flags())));
            String text = inline != null ? inline
                    : key.type() instanceof ValueType.Flag ? "true" : valueAfter(arguments, i++, name);
            if (values.put(key, new SettingValue(key, key.type().fromText(name, text, workingDir),
                    name, true)) != null) {
                throw new SettingsException(name, "given twice");
            }
        }
        return new Flags(settingsFile, values);
    }

    private static String valueAfter(List<String> arguments, int index, String name)
            throws SettingsException {
        if (index + 1 >= arguments.size() || arguments.get(index + 1).startsWith("--")) {
            throw new SettingsException(name, "needs a value");
        }
        return arguments.get(index + 1);
    }
}
