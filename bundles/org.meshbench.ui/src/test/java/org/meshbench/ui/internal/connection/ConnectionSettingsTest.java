package org.meshbench.ui.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    private static final ConnectionSettings TLS_BROKER = new ConnectionSettings("ssl://broker.example.com:8883",
            "backend", "/etc/ca.pem", "/etc/client.pem", "/etc/client.key", true, "meshbench-lab", "30", "backends",
            false);

    @Test
    void emptyPreferencesGiveTheDefaults() {
        assertEquals(ConnectionSettings.DEFAULTS, ConnectionSettings.load(key -> null));
    }

    @Test
    void storedSettingsLoadBackUnchanged() {
        Map<String, String> preferences = new HashMap<>();
        TLS_BROKER.store(preferences::put);
        assertEquals(TLS_BROKER, ConnectionSettings.load(preferences::get));
    }

    @Test
    void noPasswordIsStoredInPreferences() {
        Map<String, String> preferences = new HashMap<>();
        TLS_BROKER.store(preferences::put);
        assertFalse(preferences.keySet().stream().anyMatch(key -> key.contains("password") && !key.contains("save")),
                preferences.keySet().toString());
    }

    @Test
    void keysNotSetKeepTheirDefaults() {
        ConnectionSettings loaded = ConnectionSettings.load(key -> key.equals("broker.url") ? "tcp://gw:1883" : null);
        assertEquals("tcp://gw:1883", loaded.brokerUrl());
        assertEquals(ConnectionSettings.DEFAULTS.keepAliveSeconds(), loaded.keepAliveSeconds());
        assertEquals(ConnectionSettings.DEFAULTS.savePassword(), loaded.savePassword());
    }
}
