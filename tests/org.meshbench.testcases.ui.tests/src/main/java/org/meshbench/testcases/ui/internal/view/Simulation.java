package org.meshbench.testcases.ui.internal.view;

import java.util.concurrent.TimeUnit;
import org.meshbench.broker.BrokerOptions;
import org.meshbench.broker.EmbeddedBroker;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.simulator.SimulatedFleet;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.simulator.mqtt.MqttSimulation;
import org.meshbench.testing.TestConnections;
import org.meshbench.testing.Waits;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The embedded broker on a free loopback port with two simulated gateways of one sink and 20 nodes
 * each, and a client of the DS factory that has seen the first gateway's network and some of its
 * nodes. Closed in reverse order.
 */
final class Simulation implements AutoCloseable {

    static final String GATEWAY = "sim-gw-0";

    private final EmbeddedBroker broker;
    private final MqttSimulation gateways;
    private final NetworkClient client;
    private final long networkAddress;

    private Simulation(EmbeddedBroker broker, MqttSimulation gateways, NetworkClient client, long networkAddress) {
        this.broker = broker;
        this.gateways = gateways;
        this.client = client;
        this.networkAddress = networkAddress;
    }

    static Simulation start() throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.start(BrokerOptions.builder().build());
        MqttSimulation gateways = null;
        NetworkClient client = null;
        try {
            gateways = MqttSimulation.start(SimulatedFleet.create(SimulatorConfig.builder().size(2, 1, 20)
                    .uplinkRate(20).seed(7).build()), TestConnections.plain(broker.port()).build(),
                    MqttTransportFactory.standard());
            client = factory().open(TestConnections.plain(broker.port()).build());
            client.connect().get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            NetworkClient connected = client;
            Waits.until(GATEWAY + " online with its sink", () -> connected.gateway(GATEWAY)
                    .filter(gateway -> gateway.online() && !gateway.sinks().isEmpty()).isPresent());
            long address = client.gateway(GATEWAY).orElseThrow().sinks().get(0).networkAddress().orElseThrow();
            Waits.until("nodes of network " + address + " seen", () -> connected.nodes(address).size() >= 3);
            return new Simulation(broker, gateways, client, address);
        } catch (Exception | AssertionError e) {
            if (client != null) {
                client.close();
            }
            if (gateways != null) {
                gateways.close();
            }
            broker.close();
            throw e;
        }
    }

    /** @return the factory service the view uses too */
    static NetworkClientFactory factory() throws InterruptedException {
        ServiceTracker<NetworkClientFactory, NetworkClientFactory> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(Simulation.class).getBundleContext(), NetworkClientFactory.class, null);
        tracker.open();
        NetworkClientFactory factory = tracker.waitForService(Waits.WAIT.toMillis());
        if (factory == null) {
            throw new AssertionError("no NetworkClientFactory service within " + Waits.WAIT);
        }
        return factory;
    }

    /** @return the broker URL to type into the view */
    String brokerUrl() {
        return broker.url().toString();
    }

    /** @return a connected client that has seen the simulated gateways */
    NetworkClient client() {
        return client;
    }

    /** @return the address of {@link #GATEWAY}'s network */
    long networkAddress() {
        return networkAddress;
    }

    @Override
    public void close() {
        client.close();
        gateways.close();
        broker.close();
    }
}
