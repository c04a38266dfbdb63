package org.meshbench.provisioning.ui.internal.view;

import java.util.Hashtable;
import org.meshbench.network.NetworkClient;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.testing.SimulatedNetwork;
import org.meshbench.ui.services.SharedConnection;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * One simulated gateway behind the embedded broker with, as {@code meshbench simulate --provisioning} adds them, an
 * unprovisioned node per whitelist entry and a stranger, and a connected client shared as the workbench's
 * connection until {@link #closeConnection()} or {@link #close()}.
 */
final class Simulation implements AutoCloseable {

    private final SimulatedNetwork network;
    private final ServiceRegistration<NetworkClient> shared;
    private boolean connected = true;

    private Simulation(SimulatedNetwork network, ServiceRegistration<NetworkClient> shared) {
        this.network = network;
        this.shared = shared;
    }

    /** @param whitelist the nodes waiting to be provisioned */
    static Simulation start(Whitelist whitelist) throws Exception {
        SimulatedNetwork network = SimulatedNetwork.start(SimulatorConfig.builder().size(1, 1, 5).uplinkRate(5)
                .seed(17).provisioning(whitelist).build());
        try {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(SharedConnection.PROPERTY, SharedConnection.WORKBENCH);
            return new Simulation(network, FrameworkUtil.getBundle(Simulation.class).getBundleContext()
                    .registerService(NetworkClient.class, network.connectClient(), properties));
        } catch (Exception | AssertionError e) {
            network.close();
            throw e;
        }
    }

    /** Unregisters the client, as the workbench does before it closes its connection. */
    void closeConnection() {
        if (connected) {
            connected = false;
            shared.unregister();
        }
    }

    @Override
    public void close() {
        closeConnection();
        network.close();
    }
}
