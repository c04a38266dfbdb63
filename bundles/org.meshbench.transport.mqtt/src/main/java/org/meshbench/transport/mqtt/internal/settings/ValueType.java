package org.meshbench.transport.mqtt.internal.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * The type of a setting: converts a settings.yml value (already typed by YAML) or a flag's text
 * into the Java value, or fails naming the setting.
 */
sealed interface ValueType {

    /**
     * @param name the setting as the user wrote it, for messages
     * @param raw the YAML value: String, Boolean, Integer, Long, Double, List or Map
     * @param baseDir folder that relative paths are resolved against
     * @return the converted value
     * @throws SettingsException if the value does not fit
     */
    Object fromYaml(String name, Object raw, Path baseDir) throws SettingsException;

    /**
     * @param name the flag, for messages
     * @param text the flag's value
     * @param baseDir folder that relative paths are resolved against
     * @return the converted value
     * @throws SettingsException if the value does not fit
     */
    Object fromText(String name, String text, Path baseDir) throws SettingsException;

    /** Describes the value in help texts, e.g. {@code N} or {@code FILE}. */
    String placeholder();

    private static String requireText(String name, Object raw) throws SettingsException {
        if (raw instanceof String text) {
            return text;
        }
        String hint = raw instanceof Boolean || raw instanceof Number ? "; put the value in quotes" : "";
        throw new SettingsException(name, "expected text but found a " + kind(raw) + hint);
    }

    private static String kind(Object raw) {
        return raw instanceof Boolean ? "boolean" : raw instanceof Number ? "number"
                : raw instanceof Map ? "nested mapping" : "list";
    }

    /** Free text; must not be empty. */
    record Text(String placeholder) implements ValueType {
        @Override
        public Object fromYaml(String name, Object raw, Path baseDir) throws SettingsException {
            return fromText(name, requireText(name, raw), baseDir);
        }

        @Override
        public Object fromText(String name, String text, Path baseDir) throws SettingsException {
            if (text.isBlank()) {
                throw new SettingsException(name, "is empty");
            }
            return text.strip();
        }
    }

    /** A password: kept as char[] and never repeated in a message. */
    record Secret() implements ValueType {
        @Override
        public Object fromYaml(String name, Object raw, Path baseDir) throws SettingsException {
            if (!(raw instanceof String)) {
                throw new SettingsException(name, "expected text; put the value in quotes");
            }
            return fromText(name, (String) raw, baseDir);
        }

        @Override
        public Object fromText(String name, String text, Path baseDir) {
            return text.toCharArray();
        }

        @Override
        public String placeholder() {
            return "PASSWORD";
        }
    }

    /** true or false; a bare flag means true. */
    record Flag() implements ValueType {
        @Override
        public Object fromYaml(String name, Object raw, Path baseDir) throws SettingsException {
            if (raw instanceof Boolean value) {
                return value;
            }
            throw new SettingsException(name, "expected true or false but found " + raw);
        }

        @Override
        public Object fromText(String name, String text, Path baseDir) throws SettingsException {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new SettingsException(name, "expected true or false but found " + text);
            };
        }

        @Override
        public String placeholder() {
            return "";
        }
    }

    /** A whole number within bounds. */
    record Whole(int min, int max, String placeholder) implements ValueType {
        @Override
        public Object fromYaml(String name, Object raw, Path baseDir) throws SettingsException {
            if (raw instanceof Integer || raw instanceof Long) {
                return inRange(name, ((Number) raw).longValue());
            }
            throw new SettingsException(name, "expected a whole number but found " + describe(raw));
        }

        @Override
        public Object fromText(String name, String text, Path baseDir) throws SettingsException {
            try {
                return inRange(name, Long.parseLong(text.strip()));
            } catch (NumberFormatException e) {
                throw new SettingsException(name, "expected a whole number but found '" + text + "'");
            }
        }

        private Integer inRange(String name, long value) throws SettingsException {
            if (value < min || value > max) {
                throw new SettingsException(name, "must be in " + min + ".." + max + ", got " + value);
            }
            return (int) value;
        }

        private static String describe(Object raw) {
            return raw instanceof String text ? "'" + text + "'" : raw.toString();
        }
    }

    /** A readable regular file; the value is its absolute path. */
    record FileRef() implements ValueType {
        @Override
        public Object fromYaml(String name, Object raw, Path baseDir) throws SettingsException {
            return fromText(name, requireText(name, raw), baseDir);
        }

        @Override
        public Object fromText(String name, String text, Path baseDir) throws SettingsException {
            if (text.isBlank()) {
                throw new SettingsException(name, "is empty");
            }
            Path file = baseDir.resolve(text.strip()).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new SettingsException(name, "file not found: " + file);
            }
            if (!Files.isReadable(file)) {
                throw new SettingsException(name, "file not readable: " + file);
            }
            return file;
        }

        @Override
        public String placeholder() {
            return "FILE";
        }
    }

    /** One of fixed words (case-insensitive), each standing for a value. */
    record Choice(Map<String, Object> words, String placeholder) implements ValueType {
        @Override
        public Object fromYaml(String name, Object raw, Path baseDir) throws SettingsException {
            return fromText(name, requireText(name, raw), baseDir);
        }

        @Override
        public Object fromText(String name, String text, Path baseDir) throws SettingsException {
            for (Map.Entry<String, Object> word : words.entrySet()) {
                if (word.getKey().equalsIgnoreCase(text.strip())) {
                    return word.getValue();
                }
            }
            throw new SettingsException(name, "'" + text + "' is not one of "
                    + String.join(", ", words.keySet().stream().sorted().toList()));
        }
    }
}
