package org.meshbench.testcases.tests;

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

/**
 * The embedded broker on a free loopback port, two simulated gateways with one sink and 20 nodes
 * each (every sink has a network of its own), and a network client from the DS factory that has
 * seen the first gateway's network and enough of its nodes. Closed in reverse order.
 */
final class SimulatedNetwork implements AutoCloseable {

    /** The gateway whose network the tests target. */
    static final String GATEWAY = "sim-gw-0";
    /** Nodes the data-path tests address; the simulator's uplink makes the model see them. */
    static final int NODES_SEEN = 5;

    private final EmbeddedBroker broker;
    private final MqttSimulation simulation;
    private final NetworkClient client;
    private final long networkAddress;

    private SimulatedNetwork(EmbeddedBroker broker, MqttSimulation simulation, NetworkClient client,
            long networkAddress) {
        this.broker = broker;
        this.simulation = simulation;
        this.client = client;
        this.networkAddress = networkAddress;
    }

    static SimulatedNetwork start() throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.start(BrokerOptions.builder().build());
        MqttSimulation simulation = null;
        NetworkClient client = null;
        try {
            simulation = MqttSimulation.start(SimulatedFleet.create(SimulatorConfig.builder().size(2, 1, 20)
                    .uplinkRate(20).seed(7).build()), TestConnections.plain(broker.port()).build(),
                    MqttTransportFactory.standard());
            client = Services.await(NetworkClientFactory.class).open(TestConnections.plain(broker.port()).build());
            client.connect().get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            NetworkClient connected = client;
            Waits.until(GATEWAY + " online with its sink", () -> connected.gateway(GATEWAY)
                    .filter(gateway -> gateway.online() && !gateway.sinks().isEmpty()).isPresent());
            long address = client.gateway(GATEWAY).orElseThrow().sinks().get(0).networkAddress().orElseThrow();
            Waits.until(NODES_SEEN + " nodes of network " + address + " seen",
                    () -> connected.nodes(address).size() >= NODES_SEEN);
            return new SimulatedNetwork(broker, simulation, client, address);
        } catch (Exception | AssertionError e) {
            if (client != null) {
                client.close();
            }
            if (simulation != null) {
                simulation.close();
            }
            broker.close();
            throw e;
        }
    }

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
        simulation.close();
        broker.close();
    }
}
