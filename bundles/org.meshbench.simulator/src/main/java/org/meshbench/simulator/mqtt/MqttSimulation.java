package org.meshbench.simulator.mqtt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.meshbench.simulator.GatewayBehaviour;
import org.meshbench.simulator.Publication;
import org.meshbench.simulator.SimulatedFleet;
import org.meshbench.simulator.internal.mqtt.GatewayConnection;
import org.meshbench.transport.mqtt.LastWill;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.MqttTransportFactory;

/**
 * A {@link SimulatedFleet} running against a broker: one MQTT connection per gateway (client id =
 * gateway id, last will = its OFFLINE status), and one timer thread that lets time pass for every
 * gateway every {@link #TICK_PERIOD}. {@link #close()} stops cleanly: each gateway publishes
 * OFFLINE first, then disconnects. Thread-safe.
 */
public final class MqttSimulation implements AutoCloseable {

    /** How often gateways generate traffic and release what fell due. */
    public static final Duration TICK_PERIOD = Duration.ofMillis(20);
    /** Longest wait for each step of a clean stop. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CONNECT_MARGIN = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(MqttSimulation.class.getName());

    private final List<GatewayConnection> connections;
    private final List<MqttGateway> gateways;
    private final ScheduledExecutorService ticker;
    private final AtomicBoolean closed = new AtomicBoolean();

    private MqttSimulation(List<GatewayConnection> connections) {
        this.connections = List.copyOf(connections);
        this.gateways = connections.stream().map(MqttGateway::new).toList();
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "meshbench-simulator-tick");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::tickAll, 0, TICK_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Connects every gateway, waits until each one's retained ONLINE status is acknowledged, and
     * starts the clock.
     *
     * @param fleet   the gateways
     * @param broker  broker, credentials, TLS, reconnect and keep-alive; client id and last will are
     *                set per gateway
     * @param factory creates the transports
     * @return the running simulation
     * @throws MqttTransportException if a transport cannot be created or a gateway does not connect
     *                                within the connect timeout (every connection is closed again)
     * @throws InterruptedException   if interrupted while connecting
     */
    public static MqttSimulation start(SimulatedFleet fleet, MqttOptions broker, MqttTransportFactory factory)
            throws MqttTransportException, InterruptedException {
        List<GatewayConnection> connections = new ArrayList<>();
        try {
            boolean newestFirst = fleet.config().failures().newestFirstAfterOutage();
            for (GatewayBehaviour gateway : fleet.gateways()) {
                Publication will = gateway.offlineStatus();
                MqttOptions options = broker.toBuilder().clientId(gateway.gatewayId())
                        .lastWill(new LastWill(will.topic(), will.payloadBytes(), will.qos(), will.retain())).build();
                connections.add(new GatewayConnection(gateway, factory.create(options), newestFirst));
            }
            CompletableFuture.allOf(connections.stream()
                    .map(c -> c.transport().connect().thenCompose(connected -> c.firstOnline()))
                    .toArray(CompletableFuture[]::new))
                    .get(broker.connectTimeout().plus(CONNECT_MARGIN).toMillis(), TimeUnit.MILLISECONDS);
            return new MqttSimulation(connections);
        } catch (ExecutionException e) {
            connections.forEach(connection -> connection.transport().close());
            throw e.getCause() instanceof MqttTransportException cause ? cause
                    : new MqttTransportException("a gateway could not connect: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            connections.forEach(connection -> connection.transport().close());
            throw new MqttTransportException("gateways did not connect to " + broker.broker() + " in time", e);
        } catch (MqttTransportException | InterruptedException | RuntimeException e) {
            connections.forEach(connection -> connection.transport().close());
            throw e;
        }
    }

    /** @return the gateways, by index */
    public List<MqttGateway> gateways() {
        return gateways;
    }

    /**
     * Stops the clock, then stops every gateway cleanly: OFFLINE first, then a clean disconnect.
     * Later calls do nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connections.forEach(connection -> connection.stop(STOP_TIMEOUT));
    }

    private void tickAll() {
        for (GatewayConnection connection : connections) {
            try {
                connection.tick();
            } catch (Throwable e) {
                // A failing gateway must not stop the clock of the others, nor an Error the ticker thread.
                LOG.log(System.Logger.Level.ERROR, connection.behaviour().gatewayId() + ": tick failed", e);
            }
        }
    }
}
