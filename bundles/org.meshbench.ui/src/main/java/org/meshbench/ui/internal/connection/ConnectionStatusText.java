package org.meshbench.ui.internal.connection;

import org.meshbench.transport.mqtt.BrokerUrl;

/** One line about the connection, for the status line and the Network view. */
public final class ConnectionStatusText {

    private ConnectionStatusText() {
    }

    /**
     * @param status the connection status
     * @return for example {@code Connected to tcp://127.0.0.1:1883}
     */
    public static String describe(ConnectionStatus status) {
        if (status.broker().isEmpty()) {
            return "Not connected";
        }
        BrokerUrl broker = status.broker().get();
        String error = status.error().map(e -> ": " + ConnectionErrorText.describe(e)).orElse("");
        return switch (status.state()) {
            case CONNECTING -> "Connecting to " + broker;
            case CONNECTED -> "Connected to " + broker;
            case RECONNECTING -> "Reconnecting to " + broker
                    + status.retryIn().map(wait -> " in " + Math.max(1, wait.toSeconds()) + " s").orElse("") + error;
            case DISCONNECTED -> (status.error().isPresent() ? "Not connected to " : "Disconnected from ") + broker
                    + error;
            case CLOSED -> "Disconnected from " + broker;
        };
    }
}
