package org.meshbench.ui.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.meshbench.ui.internal.network.Fixtures.NETWORK_A;
import static org.meshbench.ui.internal.network.Fixtures.gateway;
import static org.meshbench.ui.internal.network.Fixtures.sink;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.network.GatewayState;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.ui.internal.connection.ConnectionStatus;

class NetworkHeaderTest {

    private static final BrokerUrl BROKER = BrokerUrl.parse("tcp://127.0.0.1:1883");

    @Test
    void connectedWithGateways() {
        NetworkSnapshot snapshot = NetworkSnapshot.build(List.of(
                gateway("gw-a", GatewayState.ONLINE, sink("gw-a", "sink0", NETWORK_A, 1)),
                gateway("gw-b", GatewayState.OFFLINE, sink("gw-b", "sink0", NETWORK_A, 2))), address -> 100);
        ConnectionStatus connected = ConnectionStatus.of(BROKER, ConnectionState.CONNECTED, Optional.empty());
        assertEquals("Connected to tcp://127.0.0.1:1883 · 1 of 2 gateways online · 2 sinks · 100 nodes",
                NetworkHeader.describe(connected, snapshot));
    }

    @Test
    void notConnectedYet() {
        assertEquals("Not connected: Connect… shows a broker's gateways",
                NetworkHeader.describe(ConnectionStatus.NOT_CONNECTED, NetworkSnapshot.EMPTY));
        ConnectionStatus connecting = ConnectionStatus.of(BROKER, ConnectionState.CONNECTING, Optional.empty());
        assertEquals("Connecting to tcp://127.0.0.1:1883", NetworkHeader.describe(connecting, NetworkSnapshot.EMPTY));
    }
}
