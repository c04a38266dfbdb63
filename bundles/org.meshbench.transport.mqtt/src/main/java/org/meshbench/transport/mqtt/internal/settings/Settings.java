package org.meshbench.transport.mqtt.internal.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The merged settings: file values, overridden by flags. Read-only after construction. */
final class Settings {
    private final Map<SettingKey, SettingValue> values;

    Settings(Map<SettingKey, SettingValue> fileValues, Map<SettingKey, SettingValue> flagValues) {
        this.values = new EnumMap<>(SettingKey.class);
        values.putAll(fileValues);
        values.putAll(flagValues);
    }

    boolean has(SettingKey key) {
        return values.containsKey(key);
    }

    /** @return the value, cast to the type its {@link ValueType} produces */
    <T> Optional<T> get(SettingKey key, Class<T> type) {
        return Optional.ofNullable(values.get(key)).map(v -> type.cast(v.value()));
    }

    boolean isTrue(SettingKey key) {
        return get(key, Boolean.class).orElse(false);
    }

    boolean fromFlag(SettingKey key) {
        return has(key) && values.get(key).fromFlag();
    }

    /** @return the name the user wrote, or both names when the setting is absent */
    String name(SettingKey key) {
        return has(key) ? values.get(key).name() : key.bothNames();
    }
}
