package org.meshbench.simulator.mqtt;

import java.util.concurrent.CompletableFuture;
import org.meshbench.simulator.GatewayBehaviour;
import org.meshbench.simulator.internal.mqtt.GatewayConnection;
import org.meshbench.transport.mqtt.ConnectionState;

/**
 * One simulated gateway connected to a broker, with the controls a test needs to make it fail.
 * Thread-safe.
 */
public final class MqttGateway {

    private final GatewayConnection connection;

    MqttGateway(GatewayConnection connection) {
        this.connection = connection;
    }

    /** @return the gateway id, also its MQTT client id */
    public String gatewayId() {
        return connection.behaviour().gatewayId();
    }

    /** @return the gateway behind the connection */
    public GatewayBehaviour behaviour() {
        return connection.behaviour();
    }

    /** @return the connection state */
    public ConnectionState state() {
        return connection.transport().state();
    }

    /**
     * Drops the connection without an MQTT DISCONNECT, as a crashing gateway would: the broker
     * publishes the OFFLINE last will. The gateway stays disconnected, holding back what it would
     * publish, until {@link #reconnect()}.
     */
    public void crash() {
        connection.transport().abort();
    }

    /**
     * Connects again after {@link #crash()}; a fresh ONLINE status goes out first, then what was held back.
     *
     * @return completes when connected and subscribed
     */
    public CompletableFuture<Void> reconnect() {
        return connection.transport().connect();
    }

    /** @return received_data events published and acknowledged by the broker so far */
    public long publishedPackets() {
        return connection.publishedPackets();
    }

    /** @return messages lost because the outage buffer was full */
    public long droppedWhileDisconnected() {
        return connection.droppedWhileDisconnected();
    }
}
