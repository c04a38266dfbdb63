package org.meshbench.testcases.builtin.internal;

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
import java.util.concurrent.ConcurrentHashMap;
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
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.transport.mqtt.ConnectionEvent;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttOptions;

/**
 * An in-memory {@link NetworkClient}: gateways, sinks and nodes set up by the test, gateway requests
 * answered by {@link FakeGatewayServices}, nodes simulated by {@link FakeMesh}. Connection,
 * status listeners and statistics are not modelled and throw.
 */
final class FakeNetwork implements NetworkClient {

    private final Map<String, Gateway> gateways = new ConcurrentHashMap<>();
    private final Map<Long, Node> nodes = new ConcurrentHashMap<>();
    private final FakeMesh mesh = new FakeMesh();
    private final FakeGatewayServices sync = new FakeGatewayServices(this);

    FakeNetwork gateway(String id, GatewayState state, Set<GatewayFeature> features, OptionalLong maxScratchpadSize,
            SinkReadConfig... sinks) {
        List<Sink> snapshots = new ArrayList<>();
        for (SinkReadConfig config : sinks) {
            snapshots.add(new Sink(new SinkRef(id, config.sinkId()), config, Instant.now()));
        }
        gateways.put(id, new Gateway(id, state, Optional.empty(), Optional.empty(), features, maxScratchpadSize,
                Instant.now(), snapshots));
        return this;
    }

    FakeNetwork onlineGateway(String id, SinkReadConfig... sinks) {
        return gateway(id, GatewayState.ONLINE, Set.of(), OptionalLong.empty(), sinks);
    }

    FakeNetwork node(long address, SinkRef lastSink, FakeMesh.Behaviour behaviour) {
        nodes.put(address, Fixtures.node(address, lastSink, behaviour.hops()));
        mesh.add(address, behaviour);
        return this;
    }

    FakeMesh mesh() {
        return mesh;
    }

    FakeGatewayServices fakeSync() {
        return sync;
    }

    SinkReadConfig updateSink(SinkRef ref, UnaryOperator<SinkReadConfig> change) {
        Gateway old = gateways.get(ref.gatewayId());
        List<Sink> sinks = old.sinks().stream().map(sink -> sink.ref().equals(ref)
                ? new Sink(ref, change.apply(sink.config()), Instant.now()) : sink).toList();
        gateways.put(old.id(), new Gateway(old.id(), old.state(), old.model(), old.version(), old.features(),
                old.maxScratchpadSize(), old.lastStatusTime(), sinks));
        return gateways.get(old.id()).sink(ref.sinkId()).orElseThrow().config();
    }

    @Override
    public List<Gateway> gateways() {
        return new TreeMap<>(gateways).values().stream().toList();
    }

    @Override
    public Optional<Gateway> gateway(String gatewayId) {
        return Optional.ofNullable(gateways.get(gatewayId));
    }

    @Override
    public List<Sink> sinks() {
        return gateways().stream().filter(Gateway::online).flatMap(gateway -> gateway.sinks().stream()).toList();
    }

    @Override
    public List<Network> networks() {
        return network(Fixtures.NETWORK).stream().toList();
    }

    @Override
    public Optional<Network> network(long networkAddress) {
        List<Sink> sinks = sinks().stream().filter(SinkSelection.network(networkAddress)::includes).toList();
        return sinks.isEmpty() ? Optional.empty() : Optional.of(new Network(networkAddress, sinks));
    }

    @Override
    public Optional<Node> node(long networkAddress, long nodeAddress) {
        return Optional.ofNullable(nodes.get(nodeAddress)).filter(node -> node.networkAddress() == networkAddress);
    }

    @Override
    public List<Node> nodes(long networkAddress) {
        return new TreeMap<>(nodes).values().stream().filter(node -> node.networkAddress() == networkAddress).toList();
    }

    @Override
    public int nodeCount() {
        return nodes.size();
    }

    @Override
    public SyncGatewayServices sync() {
        return sync;
    }

    @Override
    public NetworkOperations networkOperations(SinkSelection selection) {
        return new FakeNetworkOperations(this, selection);
    }

    @Override
    public OtapHelper otap(SinkSelection selection) {
        return new FakeOtapHelper(this, selection);
    }

    @Override
    public ListenerRegistration addDataListener(DataFilter filter, Consumer<ReceivedPacket> listener) {
        return mesh.listen(filter, listener);
    }

    @Override
    public void close() {
        mesh.close();
    }

    @Override
    public MqttOptions mqttOptions() {
        throw unused();
    }

    @Override
    public NetworkClientOptions options() {
        throw unused();
    }

    @Override
    public CompletableFuture<Void> connect() {
        throw unused();
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        throw unused();
    }

    @Override
    public ConnectionState connectionState() {
        throw unused();
    }

    @Override
    public CompletableFuture<Void> clearGatewayStatus(String gatewayId) {
        throw unused();
    }

    @Override
    public GatewayServices services() {
        throw unused();
    }

    @Override
    public void setGatewayTimeout(String gatewayId, Duration timeout) {
        throw unused();
    }

    @Override
    public TlvAppConfigHelper tlvAppConfig(SinkSelection selection) {
        throw unused();
    }

    @Override
    public ListenerRegistration addGatewayStatusListener(Consumer<GatewayChange> listener) {
        throw unused();
    }

    @Override
    public ListenerRegistration addConfigChangeListener(Consumer<GatewayChange> listener) {
        throw unused();
    }

    @Override
    public ListenerRegistration addDownlinkListener(Consumer<DownlinkEvent> listener) {
        throw unused();
    }

    @Override
    public ListenerRegistration addConnectionListener(Consumer<ConnectionEvent> listener) {
        throw unused();
    }

    @Override
    public ListenerRegistration addProblemListener(Consumer<NetworkProblem> listener) {
        throw unused();
    }

    @Override
    public NetworkStatistics statistics() {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not used by the built-in test cases");
    }
}
