package org.meshbench.network.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.meshbench.network.DataFilter;
import org.meshbench.network.DownlinkEvent;
import org.meshbench.network.Gateway;
import org.meshbench.network.ProblemKind;
import org.meshbench.network.GatewayChange;
import org.meshbench.network.GatewayServices;
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
import org.meshbench.network.RequestAbortedException.Reason;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkSelection;
import org.meshbench.network.SyncGatewayServices;
import org.meshbench.network.TlvAppConfigHelper;
import org.meshbench.network.internal.dispatch.ClientListeners;
import org.meshbench.network.internal.dispatch.ClientRuntime;
import org.meshbench.network.internal.dispatch.Counters;
import org.meshbench.network.internal.dispatch.ProblemReporter;
import org.meshbench.network.internal.helpers.NetworkOperationsImpl;
import org.meshbench.network.internal.helpers.OtapHelperImpl;
import org.meshbench.network.internal.helpers.TlvAppConfigHelperImpl;
import org.meshbench.network.internal.inbound.DownlinkTracker;
import org.meshbench.network.internal.model.GatewayModel;
import org.meshbench.network.internal.model.ModelListener;
import org.meshbench.network.internal.nodes.NodeStore;
import org.meshbench.network.internal.requests.GatewayServicesImpl;
import org.meshbench.network.internal.requests.RequestSender;
import org.meshbench.network.internal.requests.RequestTimeouts;
import org.meshbench.network.internal.requests.SyncGatewayServicesImpl;
import org.meshbench.protocol.MessageIdGenerator;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.topic.StatusTopic;
import org.meshbench.transport.mqtt.ConnectionEvent;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransport;

/**
 * The network client: owns its transport, worker pool and timer thread, and wires the model,
 * node store, request sender and inbound handlers together. Thread-safe.
 */
public final class NetworkClientImpl implements NetworkClient {
    private static final System.Logger LOG = System.getLogger(NetworkClientImpl.class.getName());
    private static final AtomicInteger CLIENT_NUMBERS = new AtomicInteger();
    private static final int CLEAR_STATUS_QOS = 1;
    private static final int NODE_SWEEPS_PER_EXPIRY = 16;

    private final MqttTransport transport;
    private final NetworkClientOptions options;
    private final DaemonThreads workerThreads;
    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor scheduler;
    private final ClientRuntime runtime;
    private final ClientListeners listeners;
    private final GatewayModel model;
    private final NodeStore nodes;
    private final DownlinkTracker downlinks;
    private final RequestSender sender;
    private final RequestTimeouts timeouts;
    private final GatewayServices services;
    private final Subscriptions subscriptions;
    private final ConfigFetcher configFetcher;
    private final Consumer<NetworkClientImpl> onClose;
    // Only the timer thread touches it.
    private long lastNodeSweep;

    /**
     * Creates the client and registers its subscriptions; {@link #connect()} sends them.
     *
     * @param transport a new, unconnected transport, owned by the client from now on
     * @param options the client settings
     * @param clock the time source
     * @param ids makes request ids
     * @param onClose told when the client is closed
     */
    public NetworkClientImpl(MqttTransport transport, NetworkClientOptions options, Clock clock,
            MessageIdGenerator ids, Consumer<NetworkClientImpl> onClose) {
        this.transport = transport;
        this.options = options;
        this.onClose = onClose;
        String name = "meshbench-network-" + CLIENT_NUMBERS.incrementAndGet();
        workerThreads = new DaemonThreads(name + "-worker");
        workers = Executors.newFixedThreadPool(options.workerThreads(), workerThreads);
        scheduler = new ScheduledThreadPoolExecutor(1, new DaemonThreads(name + "-timer"));
        scheduler.setRemoveOnCancelPolicy(true);
        Counters counters = new Counters();
        ProblemReporter problems = new ProblemReporter(clock, workers, options.listenerQueueCapacity(), counters);
        runtime = new ClientRuntime(clock, workers, scheduler, counters, problems);
        listeners = new ClientListeners(workers, options.listenerQueueCapacity(), counters, problems, scheduler);
        model = new GatewayModel(clock, modelListener(listeners, runtime), options.maxGateways());
        nodes = new NodeStore(options.maxNodes());
        downlinks = new DownlinkTracker(options.downlinkCapacity(), options.downlinkTimeout(), clock,
                listeners.downlink);
        sender = new RequestSender(transport, ids, runtime, options.maxPendingRequests(),
                options.lateResponseMemory(), (gateway, request) -> {
                    if (request instanceof SendDataRequest data) {
                        downlinks.ownRequest(gateway, data);
                    }
                });
        timeouts = new RequestTimeouts(options);
        services = new GatewayServicesImpl(sender, timeouts, model, runtime);
        configFetcher = new ConfigFetcher(services, () -> transport.state() == ConnectionState.CONNECTED,
                gatewayId -> model.gateway(gatewayId).filter(gateway -> gateway.online() && gateway.sinks().isEmpty())
                        .isPresent(), ConfigFetcher.MAX_IN_FLIGHT);
        subscriptions = new Subscriptions(transport, options, runtime);
        subscriptions.register(model, nodes, listeners.data, downlinks, sender,
                options.fetchMissingConfigs() ? configFetcher::fetch : gatewayId -> { });
        transport.addConnectionListener(this::connectionChanged);
        long period = options.maintenanceInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::maintain, period, period, TimeUnit.MILLISECONDS);
    }

    private static ModelListener modelListener(ClientListeners listeners, ClientRuntime runtime) {
        return new ModelListener() {
            @Override
            public void statusReceived(GatewayChange change) {
                listeners.status.publish(change);
            }

            @Override
            public void configChanged(GatewayChange change) {
                listeners.config.publish(change);
            }

            @Override
            public void gatewayEvicted(Gateway evicted) {
                runtime.counters().gatewaysEvicted.increment();
                runtime.problems().report(ProblemKind.GATEWAY_EVICTED, "gw-event/status/" + evicted.id(),
                        "model full: dropped gateway " + evicted.id() + (evicted.sinks().isEmpty()
                                ? ", never configured" : "") + ", last heard " + evicted.lastStatusTime(), null);
            }
        };
    }

    private void connectionChanged(ConnectionEvent event) {
        ConnectionState state = event.state();
        if (state == ConnectionState.RECONNECTING || state == ConnectionState.DISCONNECTED
                || state == ConnectionState.CLOSED) {
            sender.abortAll(state == ConnectionState.CLOSED ? Reason.CLOSED : Reason.CONNECTION_LOST,
                    "connection " + event);
            // What the broker holds may change while we are away; the retained statuses sent on the
            // re-subscription confirm the gateways that are still there.
            model.markAllStale();
        }
        if (state == ConnectionState.CONNECTED) {
            configFetcher.connected();
        }
        listeners.connection.publish(event);
    }

    private void maintain() {
        try {
            long now = runtime.clock().millis();
            // A sweep visits every node under the store's lock; far more often than the expiry needs is waste.
            long sweepPeriod = Math.max(options.maintenanceInterval().toMillis(),
                    options.nodeExpiry().toMillis() / NODE_SWEEPS_PER_EXPIRY);
            if (!options.nodeExpiry().isZero() && now - lastNodeSweep >= sweepPeriod) {
                lastNodeSweep = now;
                nodes.expire(now - options.nodeExpiry().toMillis());
            }
            downlinks.expire();
        } catch (Throwable e) { // the scheduler would silently stop repeating the task
            LOG.log(System.Logger.Level.ERROR, "maintenance failed", e);
        }
    }

    /** Completes a transport future's twin on the worker pool, never on a transport thread. */
    private <T> CompletableFuture<T> onWorkers(CompletableFuture<T> future) {
        CompletableFuture<T> relayed = new CompletableFuture<>();
        future.whenComplete((value, failure) -> runtime.complete(() -> {
            if (failure == null) {
                relayed.complete(value);
            } else {
                relayed.completeExceptionally(failure);
            }
        }));
        return relayed;
    }

    @Override
    public MqttOptions mqttOptions() {
        return transport.options();
    }

    @Override
    public NetworkClientOptions options() {
        return options;
    }

    @Override
    public CompletableFuture<Void> connect() {
        return onWorkers(transport.connect());
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        sender.abortAll(Reason.CONNECTION_LOST, "disconnected on request");
        return onWorkers(transport.disconnect());
    }

    @Override
    public ConnectionState connectionState() {
        return transport.state();
    }

    @Override
    public void close() {
        subscriptions.closing();
        sender.abortAll(Reason.CLOSED, "client closed");
        transport.close();
        scheduler.shutdownNow();
        listeners.data.flush(); // the timer that would end their linger is gone
        workers.shutdown();
        onClose.accept(this);
    }

    @Override
    public List<Gateway> gateways() {
        return model.gateways();
    }

    @Override
    public Optional<Gateway> gateway(String gatewayId) {
        return model.gateway(gatewayId);
    }

    @Override
    public List<Sink> sinks() {
        return model.onlineSinks();
    }

    @Override
    public List<Network> networks() {
        return model.networks();
    }

    @Override
    public Optional<Network> network(long networkAddress) {
        return model.networks().stream().filter(network -> network.address() == networkAddress).findFirst();
    }

    @Override
    public Optional<Node> node(long networkAddress, long nodeAddress) {
        return nodes.find(networkAddress, nodeAddress);
    }

    @Override
    public List<Node> nodes(long networkAddress) {
        return nodes.list(networkAddress);
    }

    @Override
    public int nodeCount() {
        return nodes.size();
    }

    @Override
    public CompletableFuture<Void> clearGatewayStatus(String gatewayId) {
        String topic = new StatusTopic(gatewayId).path();
        return onWorkers(transport.publish(topic, new byte[0], CLEAR_STATUS_QOS, true)
                .thenRun(() -> model.remove(gatewayId)));
    }

    @Override
    public GatewayServices services() {
        return services;
    }

    @Override
    public SyncGatewayServices sync() {
        return new SyncGatewayServicesImpl(services, workerThreads::ownsCurrentThread);
    }

    @Override
    public void setGatewayTimeout(String gatewayId, Duration timeout) {
        timeouts.setGatewayTimeout(gatewayId, timeout);
    }

    @Override
    public NetworkOperations networkOperations(SinkSelection selection) {
        return new NetworkOperationsImpl(model, services, selection);
    }

    @Override
    public OtapHelper otap(SinkSelection selection) {
        return new OtapHelperImpl(model, services, selection);
    }

    @Override
    public TlvAppConfigHelper tlvAppConfig(SinkSelection selection) {
        return new TlvAppConfigHelperImpl(model, services, selection);
    }

    @Override
    public ListenerRegistration addDataListener(DataFilter filter, Consumer<ReceivedPacket> listener) {
        return listeners.data.add(filter::matches, listener);
    }

    @Override
    public ListenerRegistration addGatewayStatusListener(Consumer<GatewayChange> listener) {
        return listeners.status.add(listener);
    }

    @Override
    public ListenerRegistration addConfigChangeListener(Consumer<GatewayChange> listener) {
        return listeners.config.add(listener);
    }

    @Override
    public ListenerRegistration addDownlinkListener(Consumer<DownlinkEvent> listener) {
        return listeners.downlink.add(listener);
    }

    @Override
    public ListenerRegistration addConnectionListener(Consumer<ConnectionEvent> listener) {
        return listeners.connection.add(listener);
    }

    @Override
    public ListenerRegistration addProblemListener(Consumer<NetworkProblem> listener) {
        return runtime.problems().add(listener);
    }

    @Override
    public NetworkStatistics statistics() {
        Counters c = runtime.counters();
        return new NetworkStatistics(c.messages.sum(), c.packets.sum(), c.duplicates.sum(), c.malformed.sum(),
                c.unknownTopics.sum(), c.listenerDrops.sum(), c.requestsSent.sum(), c.requestsTimedOut.sum(),
                c.lateResponses.sum(), sender.pendingCount(), nodes.size(), nodes.expiredCount(),
                nodes.evictedCount(), c.gatewaysEvicted.sum());
    }
}
