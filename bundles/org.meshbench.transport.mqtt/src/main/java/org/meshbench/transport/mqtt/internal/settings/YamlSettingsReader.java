package org.meshbench.transport.mqtt.internal.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.meshbench.transport.mqtt.settings.SettingsException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a flat settings.yml with SnakeYAML's safe constructor (plain maps, lists and scalars
 * only). YAML errors are reported by problem and position, never with the offending line,
 * which could hold a password.
 */
final class YamlSettingsReader {

    private YamlSettingsReader() {
    }

    /**
     * @param notices told of each backend-client key that Meshbench ignores
     */
    static Map<SettingKey, SettingValue> read(Path file, Consumer<String> notices) throws SettingsException {
        Object document = parse(file);
        Map<SettingKey, SettingValue> values = new EnumMap<>(SettingKey.class);
        if (document == null) {
            return values;
        }
        if (!(document instanceof Map<?, ?> entries)) {
            throw new SettingsException(file.toString(), "expected 'key: value' lines");
        }
        Path baseDir = file.toAbsolutePath().getParent();
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                throw new SettingsException(file.toString(), "key " + entry.getKey() + " is not a name");
            }
            if (BackendClientKeys.IGNORED.contains(name)) {
                notices.accept("settings: " + name + " is a backend-client setting that Meshbench does not use; "
                        + "ignored");
                continue;
            }
            SettingKey key = SettingKey.byYamlKey(name).orElseThrow(() -> new SettingsException(name,
                    "unknown setting in " + file + ClosestName.hint(name, SettingKey.yamlKeys())));
            if (entry.getValue() != null) {
                Object value = key.type().fromYaml(name, entry.getValue(), baseDir);
                values.put(key, new SettingValue(key, value, name, false));
            }
        }
        return values;
    }

    private static Object parse(Path file) throws SettingsException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(options)).load(reader);
        } catch (NoSuchFileException e) {
            throw new SettingsException(file.toString(), "file not found");
        } catch (IOException e) {
            throw new SettingsException(file.toString(), "cannot read: " + e.getMessage());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new SettingsException(file.toString(), "invalid YAML: " + e.getProblem()
                    + (mark == null ? "" : " at line " + (mark.getLine() + 1)
                            + ", column " + (mark.getColumn() + 1)));
        } catch (YAMLException e) {
            throw new SettingsException(file.toString(), "invalid YAML");
        }
    }
}
