package org.meshbench.network.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.meshbench.network.DataFilter;
import org.meshbench.network.DownlinkEvent;
import org.meshbench.network.Gateway;
import org.meshbench.network.GatewayChange;
import org.meshbench.network.GatewayServices;
import org.meshbench.network.GatewayState;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.Network;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientOptions;
import org.meshbench.network.NetworkOperations;
import org.meshbench.network.NetworkProblem;
import org.meshbench.network.NetworkStatistics;
import org.meshbench.network.Node;
import org.meshbench.network.OtapHelper;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SinkSelection;
import org.meshbench.network.SyncGatewayServices;
import org.meshbench.network.TlvAppConfigHelper;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.transport.mqtt.ConnectionEvent;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttOptions;

/**
 * An in-memory {@link NetworkClient} for unit tests, without broker or gateways: the test sets up gateways,
 * sinks and nodes, the {@linkplain #fakeServices() fake gateways} answer requests from that model, nodes
 * answer downlinks as their {@link NodeBehaviour} says, and the test publishes packets and connection or
 * gateway changes. The blocking {@link #sync()} services, {@link #networkOperations} and {@link #otap} are
 * modelled; the asynchronous {@link #services()}, {@link #tlvAppConfig} and {@link #statistics()} throw
 * {@link UnsupportedOperationException}, and downlink and problem listeners are never told anything.
 *
 * <p>Thread-safe. Received packets reach data listeners on one thread of the fake, as the real client
 * delivers them off the caller's thread; connection and gateway changes reach their listeners on the
 * caller's thread, so a test sees them at once.
 */
public final class FakeNetworkClient implements NetworkClient {

    private final MqttOptions mqttOptions;
    private final Map<String, Gateway> gateways = new ConcurrentSkipListMap<>();
    private final FakeMesh mesh = new FakeMesh();
    private final FakeGatewayServices services = new FakeGatewayServices(this);
    private final Listeners<ConnectionEvent> connectionListeners = new Listeners<>();
    private final Listeners<GatewayChange> configChangeListeners = new Listeners<>();
    private final Listeners<GatewayChange> statusListeners = new Listeners<>();
    private final Listeners<DownlinkEvent> downlinkListeners = new Listeners<>();
    private final Listeners<NetworkProblem> problemListeners = new Listeners<>();
    private volatile ConnectionState connectionState = ConnectionState.CONNECTED;
    private volatile CompletableFuture<Void> connectResult = CompletableFuture.completedFuture(null);
    private volatile boolean closed;

    /** A client of {@code tcp://127.0.0.1:1883}, connected. */
    public FakeNetworkClient() {
        this(MqttOptions.builder().broker("tcp://127.0.0.1:1883").build());
    }

    /** @param mqttOptions what {@link #mqttOptions()} answers; the client is connected */
    public FakeNetworkClient(MqttOptions mqttOptions) {
        this.mqttOptions = mqttOptions;
    }

    /**
     * Adds or replaces an online gateway without features, and tells the gateway listeners.
     *
     * @param id the gateway id
     * @param sinks the configurations of its sinks
     * @return this
     */
    public FakeNetworkClient addGateway(String id, SinkReadConfig... sinks) {
        return addGateway(id, GatewayState.ONLINE, Set.of(), OptionalLong.empty(), sinks);
    }

    /**
     * Adds or replaces a gateway, and tells the gateway listeners.
     *
     * @param id the gateway id
     * @param state online or offline
     * @param features the features it announces
     * @param maxScratchpadSize the largest scratchpad it takes in one request, if it says
     * @param sinks the configurations of its sinks
     * @return this
     */
    public FakeNetworkClient addGateway(String id, GatewayState state, Set<GatewayFeature> features,
            OptionalLong maxScratchpadSize, SinkReadConfig... sinks) {
        List<Sink> snapshots = new ArrayList<>();
        for (SinkReadConfig config : sinks) {
            snapshots.add(new Sink(new SinkRef(id, config.sinkId()), config, Instant.now()));
        }
        change(id, new Gateway(id, state, Optional.empty(), Optional.empty(), features, maxScratchpadSize,
                Instant.now(), snapshots));
        return this;
    }

    /**
     * Adds a node the model has seen, which answers downlinks that reach it as {@code behaviour} says.
     *
     * @param networkAddress its network
     * @param address its address
     * @param lastSink the sink that heard it last, and through which its answers arrive
     * @param hopCount its hop count
     * @param behaviour how it answers downlinks
     * @return this
     */
    public FakeNetworkClient addNode(long networkAddress, long address, SinkRef lastSink, int hopCount,
            NodeBehaviour behaviour) {
        Instant now = Instant.now();
        mesh.add(new Node(networkAddress, address, now, now, hopCount, 10, 10, 1, Map.of(), lastSink), behaviour);
        return this;
    }

    /**
     * @param sink the sink that received it
     * @param networkAddress its network
     * @param source the sending node
     * @param sourceEndpoint its source endpoint
     * @param destinationEndpoint its destination endpoint
     * @param payload its payload
     * @param hopCount its hop count
     * @return a packet as the client receives it, to {@linkplain #publish(ReceivedPacket) publish}
     */
    public static ReceivedPacket uplink(SinkRef sink, long networkAddress, long source, long sourceEndpoint,
            long destinationEndpoint, Bytes payload, int hopCount) {
        return FakeMesh.uplink(sink, networkAddress, source, sourceEndpoint, destinationEndpoint, payload, hopCount);
    }

    /** @param packet delivered to the data listeners whose filter it matches */
    public void publish(ReceivedPacket packet) {
        mesh.publish(packet);
    }

    /**
     * @param packet delivered once a data listener registers, so that a test does not depend on how long
     *            the code under test takes to get there
     */
    public void publishWhenListened(ReceivedPacket packet) {
        mesh.publishWhenListened(packet);
    }

    /** @param state the new connection state, told to the connection listeners */
    public void changeConnection(ConnectionState state) {
        connectionState = state;
        connectionListeners.deliver(new ConnectionEvent(state, Optional.empty(), Optional.empty(), Instant.now()));
    }

    /** @param result what {@link #connect()} returns from now on; completed by default */
    public void connectResult(CompletableFuture<Void> result) {
        connectResult = result;
    }

    /** @return the fake gateways: set their answers, read the requests they were sent */
    public FakeGatewayServices fakeServices() {
        return services;
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return closed;
    }

    /** @return the registered data listeners */
    public int dataListenerCount() {
        return mesh.listenerCount();
    }

    /** @return the registered connection listeners */
    public int connectionListenerCount() {
        return connectionListeners.count();
    }

    /** @return the registered config-change listeners */
    public int configChangeListenerCount() {
        return configChangeListeners.count();
    }

    FakeMesh mesh() {
        return mesh;
    }

    SinkReadConfig updateSink(SinkRef ref, UnaryOperator<SinkReadConfig> update) {
        Gateway old = gateway(ref.gatewayId()).orElseThrow();
        List<Sink> sinks = old.sinks().stream().map(sink -> sink.ref().equals(ref)
                ? new Sink(ref, update.apply(sink.config()), Instant.now()) : sink).toList();
        Gateway updated = new Gateway(old.id(), old.state(), old.model(), old.version(), old.features(),
                old.maxScratchpadSize(), old.lastStatusTime(), sinks);
        change(old.id(), updated);
        return updated.sink(ref.sinkId()).orElseThrow().config();
    }

    private void change(String id, Gateway after) {
        Optional<Gateway> before = Optional.ofNullable(after == null ? gateways.remove(id) : gateways.put(id, after));
        GatewayChange change = new GatewayChange(id, before, Optional.ofNullable(after), Instant.now());
        statusListeners.deliver(change);
        configChangeListeners.deliver(change);
    }

    @Override
    public MqttOptions mqttOptions() {
        return mqttOptions;
    }

    @Override
    public NetworkClientOptions options() {
        return NetworkClientOptions.defaults();
    }

    @Override
    public CompletableFuture<Void> connect() {
        return connectResult;
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        changeConnection(ConnectionState.DISCONNECTED);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public ConnectionState connectionState() {
        return connectionState;
    }

    @Override
    public void close() {
        closed = true;
        mesh.close();
    }

    @Override
    public List<Gateway> gateways() {
        return List.copyOf(gateways.values());
    }

    @Override
    public Optional<Gateway> gateway(String gatewayId) {
        return Optional.ofNullable(gateways.get(gatewayId));
    }

    @Override
    public List<Sink> sinks() {
        return gateways().stream().filter(Gateway::online).flatMap(gateway -> gateway.sinks().stream()).sorted(
                (a, b) -> a.ref().compareTo(b.ref())).toList();
    }

    @Override
    public List<Network> networks() {
        return sinks().stream().map(sink -> sink.config().networkAddress()).filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong).distinct().sorted().map(this::network).flatMap(Optional::stream)
                .toList();
    }

    @Override
    public Optional<Network> network(long networkAddress) {
        List<Sink> sinks = sinks().stream().filter(SinkSelection.network(networkAddress)::includes).toList();
        return sinks.isEmpty() ? Optional.empty() : Optional.of(new Network(networkAddress, sinks));
    }

    @Override
    public Optional<Node> node(long networkAddress, long nodeAddress) {
        return Optional.ofNullable(mesh.nodes().get(nodeAddress)).filter(node -> node.networkAddress() == networkAddress);
    }

    @Override
    public List<Node> nodes(long networkAddress) {
        return new TreeMap<>(mesh.nodes()).values().stream().filter(node -> node.networkAddress() == networkAddress)
                .toList();
    }

    @Override
    public int nodeCount() {
        return mesh.nodes().size();
    }

    @Override
    public CompletableFuture<Void> clearGatewayStatus(String gatewayId) {
        change(gatewayId, null);
        return CompletableFuture.completedFuture(null);
    }

    /** Not modelled: throws {@link UnsupportedOperationException}; use {@link #sync()}. */
    @Override
    public GatewayServices services() {
        throw new UnsupportedOperationException("the fake models the blocking services only: use sync()");
    }

    @Override
    public SyncGatewayServices sync() {
        return services;
    }

    /** Has no effect: the fake has no timeouts. */
    @Override
    public void setGatewayTimeout(String gatewayId, Duration timeout) {
        // Nothing waits in the fake.
    }

    @Override
    public NetworkOperations networkOperations(SinkSelection selection) {
        return new FakeSelection(this, selection);
    }

    @Override
    public OtapHelper otap(SinkSelection selection) {
        return new FakeSelection(this, selection);
    }

    /** Not modelled: throws {@link UnsupportedOperationException}. */
    @Override
    public TlvAppConfigHelper tlvAppConfig(SinkSelection selection) {
        throw new UnsupportedOperationException("the TLV app config helper is not modelled by the fake");
    }

    @Override
    public ListenerRegistration addDataListener(DataFilter filter, Consumer<ReceivedPacket> listener) {
        return mesh.listen(filter, listener);
    }

    @Override
    public ListenerRegistration addGatewayStatusListener(Consumer<GatewayChange> listener) {
        return statusListeners.add(listener);
    }

    @Override
    public ListenerRegistration addConfigChangeListener(Consumer<GatewayChange> listener) {
        return configChangeListeners.add(listener);
    }

    @Override
    public ListenerRegistration addDownlinkListener(Consumer<DownlinkEvent> listener) {
        return downlinkListeners.add(listener);
    }

    @Override
    public ListenerRegistration addConnectionListener(Consumer<ConnectionEvent> listener) {
        return connectionListeners.add(listener);
    }

    @Override
    public ListenerRegistration addProblemListener(Consumer<NetworkProblem> listener) {
        return problemListeners.add(listener);
    }

    /** Not modelled: throws {@link UnsupportedOperationException}. */
    @Override
    public NetworkStatistics statistics() {
        throw new UnsupportedOperationException("statistics are not modelled by the fake");
    }

    @Override
    public String toString() {
        return "fake client of " + mqttOptions.broker();
    }
}
