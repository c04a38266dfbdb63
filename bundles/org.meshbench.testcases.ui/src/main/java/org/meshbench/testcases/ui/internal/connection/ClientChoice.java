package org.meshbench.testcases.ui.internal.connection;

import java.util.Locale;
import java.util.Optional;
import org.meshbench.network.NetworkClient;
import org.meshbench.transport.mqtt.ConnectionState;

/**
 * The client the view runs tests with: the workbench's shared one when there is one, else the
 * view's own. Immutable.
 *
 * @param client the client, if any
 * @param shared whether it is the workbench's shared client
 */
public record ClientChoice(Optional<NetworkClient> client, boolean shared) {

    /**
     * @param workbench the client the workbench offers as a service, if any
     * @param own the view's own client, if any
     * @return the one to use
     */
    public static ClientChoice of(Optional<NetworkClient> workbench, Optional<NetworkClient> own) {
        return workbench.isPresent() ? new ClientChoice(workbench, true) : new ClientChoice(own, false);
    }

    /** @return whether tests can run now: a client whose broker accepted the connection */
    public boolean connected() {
        return client.filter(c -> c.connectionState() == ConnectionState.CONNECTED).isPresent();
    }

    /** @return where the client connects and how it is doing, e.g. {@code Connection to tcp://…: connected} */
    public String describe() {
        return client.map(c -> (shared ? "Workbench connection to " : "Connection to ") + c.mqttOptions().broker()
                + ": " + c.connectionState().name().toLowerCase(Locale.ROOT)).orElse("Not connected");
    }
}
