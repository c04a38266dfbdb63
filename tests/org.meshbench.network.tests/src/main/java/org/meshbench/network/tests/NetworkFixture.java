package org.meshbench.network.tests;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import org.meshbench.network.Gateway;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.network.NetworkClientOptions;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.testing.MinimalGateway;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.TestConnections;
import org.meshbench.testing.Waits;
import org.meshbench.transport.mqtt.MqttOptionsBuilder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A broker, the gateways and the clients of one test, closed together. Clients come from the
 * {@link NetworkClientFactory} service that Declarative Services publishes.
 */
public final class NetworkFixture implements AutoCloseable {
    private final MosquittoBroker broker;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    NetworkFixture(MosquittoBroker broker) {
        this.broker = broker;
    }

    /** @return the factory service, waiting for SCR to register it */
    public static NetworkClientFactory factory() throws InterruptedException, BundleException {
        Bundle bundle = FrameworkUtil.getBundle(NetworkFixture.class);
        if (bundle.getBundleContext() == null) {
            bundle.start();
        }
        ServiceTracker<NetworkClientFactory, NetworkClientFactory> tracker = new ServiceTracker<>(
                bundle.getBundleContext(), NetworkClientFactory.class, null);
        tracker.open();
        NetworkClientFactory factory = tracker.waitForService(Waits.WAIT.toMillis());
        if (factory == null) {
            throw new AssertionError("no NetworkClientFactory service within " + Waits.WAIT);
        }
        return factory;
    }

    /**
     * @param id sink id
     * @param network network address
     * @param node its node address
     * @return a started sink's configuration
     */
    public static SinkReadConfig sink(String id, long network, long node) {
        return SinkReadConfig.builder(id).networkAddress(network).nodeAddress(node).networkChannel(3)
                .sinkState(OnOffState.ON).appConfig(new AppConfigData(60, Bytes.fromHex("f67e00"), 1))
                .appConfigMaxSize(80).build();
    }

    MosquittoBroker broker() {
        return broker;
    }

    MinimalGateway gateway(MinimalGateway.Builder gateway) throws Exception {
        return keep(gateway.start(TestConnections.plain(broker.port())));
    }

    NetworkClient client() throws Exception {
        return client(TestConnections.plain(broker.port()), options().build());
    }

    static NetworkClientOptions.Builder options() {
        return NetworkClientOptions.builder().requestTimeout(Duration.ofSeconds(5));
    }

    NetworkClient client(MqttOptionsBuilder connection, NetworkClientOptions options) throws Exception {
        NetworkClient client = keep(factory().open(connection.build(), options));
        client.connect().get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return client;
    }

    static void awaitOnline(NetworkClient client, String gatewayId) throws InterruptedException {
        Waits.until("gateway " + gatewayId + " online with its sinks", () -> client.gateway(gatewayId)
                .filter(Gateway::online).filter(gateway -> !gateway.sinks().isEmpty()).isPresent());
    }

    <T extends AutoCloseable> T keep(T resource) {
        resources.push(resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        while (!resources.isEmpty()) {
            resources.pop().close();
        }
        broker.close();
    }
}
