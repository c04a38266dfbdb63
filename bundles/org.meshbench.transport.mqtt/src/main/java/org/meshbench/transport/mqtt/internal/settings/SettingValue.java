package org.meshbench.transport.mqtt.internal.settings;

/**
 * A converted setting and where it came from.
 *
 * @param key the setting
 * @param value the converted value (String, char[], Boolean, Integer, Path or a choice's value)
 * @param name the setting as the user wrote it, for messages
 * @param fromFlag whether a flag gave it (flags override the settings file)
 */
record SettingValue(SettingKey key, Object value, String name, boolean fromFlag) {
}
