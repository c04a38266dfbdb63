package org.meshbench.network;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.meshbench.transport.mqtt.ConnectionEvent;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttOptions;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One MQTT connection to a broker with Wirepas gateways behind it, and the model built from its
 * traffic: gateways from their retained status, sinks from status and configuration responses,
 * networks across gateways, and nodes from received data.
 *
 * <p>Thread-safety: every method may be called from any thread. Model queries return immutable
 * snapshots. Listeners run on the client's worker pool (never on an MQTT thread), each one
 * serially and in order, behind a bounded queue (see {@link ListenerRegistration}).
 */
@ProviderType
public interface NetworkClient extends AutoCloseable {

    /** @return the connection settings */
    MqttOptions mqttOptions();

    /** @return the client settings */
    NetworkClientOptions options();

    /**
     * Connects and subscribes; retained gateway statuses arrive shortly after.
     *
     * @return completes when connected and subscribed; fails with the transport's exception
     */
    CompletableFuture<Void> connect();

    /** @return completes when cleanly disconnected; pending requests are aborted */
    CompletableFuture<Void> disconnect();

    /** @return the connection state */
    ConnectionState connectionState();

    /** Disconnects, aborts pending requests and stops the client's threads. */
    @Override
    void close();

    /** @return every known gateway, online or offline, sorted by id */
    List<Gateway> gateways();

    /**
     * @param gatewayId a gateway id
     * @return that gateway, if known
     */
    Optional<Gateway> gateway(String gatewayId);

    /** @return the sinks of online gateways, sorted by gateway and sink id */
    List<Sink> sinks();

    /** @return the networks served by sinks of online gateways, sorted by address */
    List<Network> networks();

    /**
     * @param networkAddress a network address
     * @return its sinks on online gateways, if it has any
     */
    Optional<Network> network(long networkAddress);

    /**
     * @param networkAddress the node's network
     * @param nodeAddress the node address
     * @return the node, if it sent data recently enough to be tracked
     */
    Optional<Node> node(long networkAddress, long nodeAddress);

    /**
     * @param networkAddress a network address
     * @return the tracked nodes of that network, sorted by address
     */
    List<Node> nodes(long networkAddress);

    /** @return the number of tracked nodes */
    int nodeCount();

    /**
     * Removes a stale gateway: publishes an empty retained status for it, so that the broker
     * forgets its status, and drops it from the model.
     *
     * @param gatewayId the gateway
     * @return completes when the broker accepted the publish
     */
    CompletableFuture<Void> clearGatewayStatus(String gatewayId);

    /** @return the asynchronous gateway requests, with the configured timeouts */
    GatewayServices services();

    /** @return the blocking gateway requests, with the configured timeouts */
    SyncGatewayServices sync();

    /**
     * @param gatewayId a gateway
     * @param timeout its response timeout from now on; null restores the default
     */
    void setGatewayTimeout(String gatewayId, Duration timeout);

    /**
     * @param selection the sinks to address
     * @return requests to all selected sinks at once
     */
    NetworkOperations networkOperations(SinkSelection selection);

    /**
     * @param selection the sinks to update; use a gateway allow-list for a network address that
     *            is also used elsewhere
     * @return OTAP steps on all selected sinks
     */
    OtapHelper otap(SinkSelection selection);

    /**
     * @param selection the sinks whose app config to edit
     * @return TLV app config edits on all selected sinks
     */
    TlvAppConfigHelper tlvAppConfig(SinkSelection selection);

    /**
     * @param filter which packets to deliver
     * @param listener receives the packets (duplicates already dropped)
     * @return the registration
     */
    ListenerRegistration addDataListener(DataFilter filter, Consumer<ReceivedPacket> listener);

    /**
     * @param listener told of every status event (also repeated ones) and every removal
     * @return the registration
     */
    ListenerRegistration addGatewayStatusListener(Consumer<GatewayChange> listener);

    /**
     * @param listener told when a gateway appears, disappears, goes on- or offline, or its
     *            attributes or sink configurations change
     * @return the registration
     */
    ListenerRegistration addConfigChangeListener(Consumer<GatewayChange> listener);

    /**
     * @param listener told of each send_data request (this client's and, when sniffing, other
     *            backends') once answered or given up
     * @return the registration
     */
    ListenerRegistration addDownlinkListener(Consumer<DownlinkEvent> listener);

    /**
     * @param listener told of each connection state change
     * @return the registration
     */
    ListenerRegistration addConnectionListener(Consumer<ConnectionEvent> listener);

    /**
     * @param listener told of malformed messages, unknown topics, late responses and failing
     *            listeners
     * @return the registration
     */
    ListenerRegistration addProblemListener(Consumer<NetworkProblem> listener);

    /** @return the counters so far */
    NetworkStatistics statistics();
}
