package org.meshbench.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.meshbench.broker.BrokerOptions;
import org.meshbench.broker.EmbeddedBroker;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.simulator.SimulatedFleet;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.simulator.mqtt.MqttSimulation;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportFactory;

/**
 * The embedded broker on a free loopback port with simulated gateways publishing to it, and the network clients
 * tests open on it. {@link #close()} closes the clients, then the gateways (OFFLINE first), then the broker.
 */
public final class SimulatedNetwork implements AutoCloseable {

    private final EmbeddedBroker broker;
    private final MqttSimulation simulation;
    private final List<NetworkClient> clients = new CopyOnWriteArrayList<>();

    private SimulatedNetwork(EmbeddedBroker broker, MqttSimulation simulation) {
        this.broker = broker;
        this.simulation = simulation;
    }

    /**
     * @param config the simulated fleet
     * @return the broker and the gateways, each gateway's ONLINE status published
     */
    public static SimulatedNetwork start(SimulatorConfig config) throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.start(BrokerOptions.builder().build());
        try {
            return new SimulatedNetwork(broker, MqttSimulation.start(SimulatedFleet.create(config),
                    TestConnections.plain(broker.port()).build(), MqttTransportFactory.standard()));
        } catch (Exception | AssertionError e) {
            broker.close();
            throw e;
        }
    }

    /** @return the broker's URL, as a user types it */
    public String brokerUrl() {
        return broker.url().toString();
    }

    /** @return options for a client of the broker: loopback, fast reconnects */
    public MqttOptions clientOptions() {
        return TestConnections.plain(broker.port()).build();
    }

    /** @return the running gateways */
    public MqttSimulation simulation() {
        return simulation;
    }

    /**
     * @return a connected client from the DS factory, closed with this network
     */
    public NetworkClient connectClient() throws Exception {
        NetworkClient client = Services.await(NetworkClientFactory.class).open(clientOptions());
        clients.add(client);
        client.connect().get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return client;
    }

    /**
     * Connects a client and waits until it knows the gateway ONLINE with its sinks and has seen some nodes of its
     * first sink's network in received data.
     *
     * @param gatewayId a simulated gateway
     * @param nodesSeen how many nodes of that network to wait for
     * @return the client, closed with this network, and the network's address
     */
    public Watched watch(String gatewayId, int nodesSeen) throws Exception {
        NetworkClient client = connectClient();
        Waits.until(gatewayId + " online with its sinks", () -> client.gateway(gatewayId)
                .filter(gateway -> gateway.online() && !gateway.sinks().isEmpty()).isPresent());
        long address = client.gateway(gatewayId).orElseThrow().sinks().get(0).networkAddress().orElseThrow();
        Waits.until(nodesSeen + " nodes of network " + address + " seen",
                () -> client.nodes(address).size() >= nodesSeen);
        return new Watched(client, address);
    }

    /**
     * @param client         a connected client that has seen the network
     * @param networkAddress the address of the watched gateway's first sink's network
     */
    public record Watched(NetworkClient client, long networkAddress) {
    }

    @Override
    public void close() {
        clients.forEach(NetworkClient::close);
        simulation.close();
        broker.close();
    }
}
