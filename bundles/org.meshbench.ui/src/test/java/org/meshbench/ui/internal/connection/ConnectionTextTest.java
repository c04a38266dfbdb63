package org.meshbench.ui.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.ConnectionError;
import org.meshbench.transport.mqtt.ConnectionErrorKind;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttTransportException;

class ConnectionTextTest {

    private static final BrokerUrl BROKER = BrokerUrl.parse("ssl://broker.example.com:8883");
    private static final ConnectionError WRONG_PASSWORD =
            new ConnectionError(ConnectionErrorKind.BAD_CREDENTIALS, "bad user name or password (CONNACK 4)");

    @Test
    void everyErrorKindIsExplainedAndNamed() {
        for (ConnectionErrorKind kind : ConnectionErrorKind.values()) {
            String text = ConnectionErrorText.describe(new ConnectionError(kind, "detail"));
            assertTrue(text.contains("(" + kind + "): detail"), text);
        }
        assertEquals("The broker rejected the user name or password (BAD_CREDENTIALS): bad user name or password "
                + "(CONNACK 4)", ConnectionErrorText.describe(WRONG_PASSWORD));
    }

    @Test
    void theTransportErrorIsFoundInsideAWrappedFailure() {
        Throwable failure = new CompletionException(new MqttTransportException(WRONG_PASSWORD, null));
        assertEquals(WRONG_PASSWORD, ConnectionFailures.errorOf(failure));
        ConnectionError other = ConnectionFailures.errorOf(new IllegalStateException("transport closed"));
        assertEquals(new ConnectionError(ConnectionErrorKind.UNKNOWN, "transport closed"), other);
    }

    @Test
    void statusLines() {
        assertEquals("Not connected", ConnectionStatusText.describe(ConnectionStatus.NOT_CONNECTED));
        assertEquals("Connecting to ssl://broker.example.com:8883",
                ConnectionStatusText.describe(status(ConnectionState.CONNECTING, null, null)));
        assertEquals("Connected to ssl://broker.example.com:8883",
                ConnectionStatusText.describe(status(ConnectionState.CONNECTED, null, null)));
        assertEquals("Disconnected from ssl://broker.example.com:8883",
                ConnectionStatusText.describe(status(ConnectionState.DISCONNECTED, null, null)));
        assertEquals("Not connected to ssl://broker.example.com:8883: The broker rejected the user name or password "
                + "(BAD_CREDENTIALS): bad user name or password (CONNACK 4)",
                ConnectionStatusText.describe(status(ConnectionState.DISCONNECTED, WRONG_PASSWORD, null)));
        ConnectionError lost = new ConnectionError(ConnectionErrorKind.CONNECTION_LOST, "EOFException");
        assertEquals("Reconnecting to ssl://broker.example.com:8883 in 4 s: The connection was lost "
                + "(CONNECTION_LOST): EOFException",
                ConnectionStatusText.describe(status(ConnectionState.RECONNECTING, lost, Duration.ofMillis(4200))));
    }

    private static ConnectionStatus status(ConnectionState state, ConnectionError error, Duration retryIn) {
        return new ConnectionStatus(Optional.of(BROKER), state, Optional.ofNullable(error),
                Optional.ofNullable(retryIn));
    }
}
