package org.meshbench.decoders.ui.internal.view;

import java.util.Hashtable;
import org.meshbench.network.NetworkClient;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.simulator.SimulatorEndpoints;
import org.meshbench.testing.SimulatedNetwork;
import org.meshbench.ui.services.SharedConnection;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * One simulated gateway (one sink, 20 nodes) behind the embedded broker and a connected client. Half of the uplink
 * is traffic, neighbor and node diagnostics; the other half is a 4-byte application payload sent on the node
 * diagnostics endpoints 253→255, which the node diagnostics decoder must reject as malformed.
 */
final class Simulation implements AutoCloseable {

    /** The application payload size, too short for node diagnostics. */
    static final int BAD_PAYLOAD_SIZE = 4;

    private final SimulatedNetwork network;
    private final NetworkClient client;

    private Simulation(SimulatedNetwork network, NetworkClient client) {
        this.network = network;
        this.client = client;
    }

    static Simulation start() throws Exception {
        SimulatedNetwork network = SimulatedNetwork.start(SimulatorConfig.builder().size(1, 1, 20).uplinkRate(40)
                .seed(11).diagnosticsShare(0.5).applicationUplink(SimulatorEndpoints.NODE_DIAGNOSTICS,
                        SimulatorEndpoints.DIAGNOSTICS_DESTINATION, BAD_PAYLOAD_SIZE).build());
        try {
            return new Simulation(network, network.connectClient());
        } catch (Exception | AssertionError e) {
            network.close();
            throw e;
        }
    }

    /**
     * Registers the client as the workbench does while its connection is open.
     *
     * @return the registration; unregister it as the workbench does before it closes the connection
     */
    ServiceRegistration<NetworkClient> shareAsWorkbenchConnection() {
        return share(client);
    }

    /**
     * @param client a connected client
     * @return its registration as the workbench's connection
     */
    static ServiceRegistration<NetworkClient> share(NetworkClient client) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(SharedConnection.PROPERTY, SharedConnection.WORKBENCH);
        return FrameworkUtil.getBundle(Simulation.class).getBundleContext().registerService(NetworkClient.class,
                client, properties);
    }

    /** @return the broker URL the status line names */
    String brokerUrl() {
        return network.brokerUrl();
    }

    @Override
    public void close() {
        network.close();
    }
}
