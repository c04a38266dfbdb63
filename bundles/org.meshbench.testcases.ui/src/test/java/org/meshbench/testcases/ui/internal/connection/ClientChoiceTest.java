package org.meshbench.testcases.ui.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.network.NetworkClient;
import org.meshbench.testcases.ui.internal.model.FakeClients;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttOptions;

class ClientChoiceTest {

    private final FakeClients.State workbenchState = new FakeClients.State();
    private final FakeClients.State ownState = new FakeClients.State();
    private final NetworkClient workbench = FakeClients.client(workbenchState);
    private final NetworkClient own = FakeClients.client(ownState);

    @Test
    void theWorkbenchConnectionComesFirst() {
        workbenchState.options = MqttOptions.builder().broker("tcp://127.0.0.1:1884").build();

        ClientChoice choice = ClientChoice.of(Optional.of(workbench), Optional.of(own));

        assertEquals(Optional.of(workbench), choice.client());
        assertTrue(choice.shared());
        assertEquals("Workbench connection to tcp://127.0.0.1:1884: connected", choice.describe());
    }

    @Test
    void theViewsOwnConnectionIsTheFallback() {
        ownState.connection.set(ConnectionState.CONNECTING);

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
