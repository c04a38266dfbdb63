package org.meshbench.ui.internal.network;

import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.ui.internal.connection.ConnectionStatus;
import org.meshbench.ui.internal.connection.ConnectionStatusText;

/** The line above the network tree: the connection, then what the broker's gateways add up to. */
public final class NetworkHeader {

    private NetworkHeader() {
    }

    /**
     * @param status   the connection status
     * @param snapshot what the tree shows
     * @return for example {@code Connected to tcp://127.0.0.1:1883 · 2 of 2 gateways online · 4 sinks · 200 nodes}
     */
    public static String describe(ConnectionStatus status, NetworkSnapshot snapshot) {
        String connection = ConnectionStatusText.describe(status);
        if (status.state() != ConnectionState.CONNECTED && snapshot.gateways().isEmpty()) {
            return status.broker().isEmpty() ? connection + ": Connect… shows a broker's gateways" : connection;
        }
        int sinks = snapshot.networks().stream().mapToInt(NetworkRow::sinkCount).sum();
        return connection + " · " + snapshot.onlineGateways() + " of "
                + NetworkLabels.count(snapshot.gateways().size(), "gateway") + " online · "
                + NetworkLabels.count(sinks, "sink") + " · " + NetworkLabels.count(snapshot.nodes(), "node");
    }
}
