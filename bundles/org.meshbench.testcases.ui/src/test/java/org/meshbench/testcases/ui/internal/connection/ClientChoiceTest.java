package org.meshbench.testcases.ui.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttOptions;

class ClientChoiceTest {

    private final FakeNetworkClient own = new FakeNetworkClient();

    @Test
    void theWorkbenchConnectionComesFirst() {
        FakeNetworkClient workbench = new FakeNetworkClient(MqttOptions.builder().broker("tcp://127.0.0.1:1884").build());

        ClientChoice choice = ClientChoice.of(Optional.of(workbench), Optional.of(own));

        assertEquals(Optional.of(workbench), choice.client());
        assertTrue(choice.shared());
        assertEquals("Workbench connection to tcp://127.0.0.1:1884: connected", choice.describe());
    }

    @Test
    void theViewsOwnConnectionIsTheFallback() {
        own.changeConnection(ConnectionState.CONNECTING);

        ClientChoice choice = ClientChoice.of(Optional.empty(), Optional.of(own));

        assertFalse(choice.shared());
        assertFalse(choice.connected());
        assertEquals("Connection to tcp://127.0.0.1:1883: connecting", choice.describe());
    }

    @Test
    void withoutAnyClientNothingCanRun() {
        ClientChoice choice = ClientChoice.of(Optional.empty(), Optional.empty());

        assertFalse(choice.connected());
        assertEquals("Not connected", choice.describe());
    }
}
