package org.meshbench.demo.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.ui.internal.connection.BrokerConnection;
import org.meshbench.ui.internal.connection.ConnectionErrorText;
import org.meshbench.ui.internal.network.NetworkView;

/**
 * {@code meshbench demo}: the demo network started before the workbench, the workbench connected to it once it is
 * up, and everything stopped when the workbench closes, or from a shutdown hook on SIGTERM.
 */
public final class DemoSession implements AutoCloseable {

    private static final int CONNECT_ATTEMPTS = 5;
    private static final long RETRY_DELAY_MS = 500;

    private final DemoNetwork network;
    private final Thread stopOnSignal;
    private BrokerConnection connection;
    private volatile boolean closed;

    private DemoSession(DemoNetwork network) {
        this.network = network;
        this.stopOnSignal = new Thread(network::close, "meshbench-demo-stop");
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
    }

    /**
     * @return the running demo network, announced on the console
     * @throws BrokerStartException   if the broker cannot listen
     * @throws MqttTransportException if the simulated gateways cannot connect
     * @throws InterruptedException   if interrupted while they connect
     */
    public static DemoSession start() throws BrokerStartException, MqttTransportException, InterruptedException {
        DemoNetwork network = DemoNetwork.start();
        System.out.println("meshbench demo: " + network.describe());
        return new DemoSession(network);
    }

    /**
     * Connects the workbench to the demo broker and shows the Network view. Runs on the UI thread.
     *
     * @param workbench the running workbench
     */
    public void show(IWorkbench workbench) {
        connection = workbench.getService(BrokerConnection.class);
        connect(1);
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            page.showView(NetworkView.ID);
        } catch (PartInitException e) {
            System.err.println("meshbench demo: cannot show the Network view: " + e.getMessage());
        }
        int sinksPerGateway = DemoNetwork.CONFIG.sinksPerGateway();
        new DemoReport(workbench.getDisplay(), page, network.gatewayIds(), sinksPerGateway).start();
    }

    /**
     * The in-process broker may drop a connection attempt made while it is still busy with the simulated gateways'
     * sessions, so a failed first attempt is retried a few times before the demo gives up.
     */
    private void connect(int attempt) {
        connection.connect(network.clientOptions()).whenComplete((connected, failure) -> {
            if (failure == null) {
                System.out.println("meshbench demo: the workbench is connected");
            } else if (attempt < CONNECT_ATTEMPTS && !closed) {
                CompletableFuture.delayedExecutor(RETRY_DELAY_MS, TimeUnit.MILLISECONDS).execute(() -> connect(attempt + 1));
            } else {
                System.out.println("meshbench demo: the workbench could not connect: "
                        + ConnectionErrorText.describe(failure));
            }
        });
    }

    /** @return the running demo network */
    public DemoNetwork network() {
        return network;
    }

    /** Disconnects the workbench, then stops the gateways (OFFLINE first) and the broker. */
    @Override
    public void close() {
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnSignal);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook stops the network, and stopping it here too does no harm.
        }
        if (connection != null) {
            connection.disconnect();
        }
        network.close();
    }
}
