package org.meshbench.ui.internal.connection;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.transport.mqtt.ConnectionError;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.ui.services.SharedConnection;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The workbench's connection to one broker, shared by every view: at most one {@link NetworkClient} at a time.
 * Views read the client and the status and listen for changes; only the Connect and Disconnect commands and the
 * demo change them. Thread-safe; listeners run on whichever thread made the change.
 * <p>
 * The open client is also registered as a {@link NetworkClient} service (see {@link SharedConnection}), so that
 * views in other bundles (Packets, Test Runner) use the same connection.
 */
@Component(service = BrokerConnection.class)
public final class BrokerConnection {

    private final NetworkClientFactory clients;
    private final BundleContext bundleContext;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private NetworkClient client; // guarded by lock
    private ListenerRegistration stateEvents; // guarded by lock
    private ServiceRegistration<NetworkClient> shared; // guarded by lock
    private volatile ConnectionStatus status = ConnectionStatus.NOT_CONNECTED;

    /**
     * @param clients opens the network client
     * @param bundleContext registers the open client as a service
     */
    @Activate
    public BrokerConnection(@Reference NetworkClientFactory clients, BundleContext bundleContext) {
        this.clients = clients;
        this.bundleContext = bundleContext;
    }

    /**
     * Replaces the current client, if any, by one for these options and connects it. If the first attempt fails,
     * the new client is closed again and the status keeps the error.
     *
     * @param options the broker and credentials
     * @return completes when connected and subscribed; fails with the transport's exception
     */
    public CompletableFuture<Void> connect(MqttOptions options) {
        NetworkClient opened;
        try {
            opened = replaceClient(options);
        } catch (MqttTransportException e) {
            return CompletableFuture.failedFuture(e);
        } finally {
            notifyListeners(); // outside the lock: listeners call back into this object
        }
        return opened.connect().whenComplete((ignored, failure) -> {
            if (failure != null) {
                giveUp(opened, options, failure);
            }
        });
    }

    private NetworkClient replaceClient(MqttOptions options) throws MqttTransportException {
        synchronized (lock) {
            closeClient();
            try {
                client = clients.open(options);
            } catch (MqttTransportException e) {
                status = ConnectionStatus.of(options.broker(), ConnectionState.DISCONNECTED,
                        Optional.of(ConnectionFailures.errorOf(e)));
                throw e;
            }
            NetworkClient opened = client;
            status = ConnectionStatus.of(options.broker(), ConnectionState.CONNECTING, Optional.empty());
            stateEvents = opened.addConnectionListener(event -> updateStatus(opened, ConnectionStatus.of(
                    options.broker(), event)));
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(SharedConnection.PROPERTY, SharedConnection.WORKBENCH);
            shared = bundleContext.registerService(NetworkClient.class, opened, properties);
            return opened;
        }
    }

    /** Closes the current client, if any. */
    public void disconnect() {
        synchronized (lock) {
            if (client == null) {
                return;
            }
            status = ConnectionStatus.of(client.mqttOptions().broker(), ConnectionState.DISCONNECTED, Optional.empty());
            closeClient();
        }
        notifyListeners();
    }

    /** @return the current client, while connecting, connected or reconnecting */
    public Optional<NetworkClient> client() {
        synchronized (lock) {
            return Optional.ofNullable(client);
        }
    }

    /** @return the current status */
    public ConnectionStatus status() {
        return status;
    }

    /**
     * @param listener told when the client is replaced or its connection state changes, on any thread
     * @return the registration
     */
    public Registration addChangeListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Deactivate
    void deactivate() {
        disconnect();
    }

    private void updateStatus(NetworkClient source, ConnectionStatus update) {
        synchronized (lock) {
            if (source != client) {
                return; // a late event of a replaced client
            }
            status = update;
        }
        notifyListeners();
    }

    private void giveUp(NetworkClient failed, MqttOptions options, Throwable failure) {
        synchronized (lock) {
            if (failed != client) {
                return;
            }
            ConnectionError error = ConnectionFailures.errorOf(failure);
            closeClient();
            status = ConnectionStatus.of(options.broker(), ConnectionState.DISCONNECTED, Optional.of(error));
        }
        notifyListeners();
    }

    /**
     * Called under lock. The state listener goes first, so that the CLOSED event cannot hide an error; the client
     * closes on a thread of its own, because a clean disconnect from a broker that stopped answering takes seconds
     * and the caller may be the UI thread.
     */
    private void closeClient() {
        if (client != null) {
            unregisterShared();
            stateEvents.close();
            Thread.ofVirtual().name("meshbench-close-" + client.mqttOptions().clientId()).start(client::close);
            client = null;
            stateEvents = null;
        }
    }

    /** Views holding the service must let go of the client before it closes. */
    private void unregisterShared() {
        try {
            shared.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregisters a stopping bundle's services before deactivating its components
        }
        shared = null;
    }

    private void notifyListeners() {
        listeners.forEach(Runnable::run);
    }
}
