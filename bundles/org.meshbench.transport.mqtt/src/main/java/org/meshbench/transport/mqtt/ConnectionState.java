package org.meshbench.transport.mqtt;

/**
 * Connection state of a transport, as a UI shows it.
 */
public enum ConnectionState {
    /** {@link MqttTransport#connect()} was called and the first attempt is under way. */
    CONNECTING,
    /** The broker accepted the connection and answered the (re)sent subscriptions. */
    CONNECTED,
    /** Not connected: never connected, disconnected on request, or the connection failed. */
    DISCONNECTED,
    /** The connection was lost and the transport waits to try again. */
    RECONNECTING,
    /** The transport was closed for good. */
    CLOSED
}
