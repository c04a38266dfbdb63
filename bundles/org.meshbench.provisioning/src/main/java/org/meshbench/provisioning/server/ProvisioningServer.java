package org.meshbench.provisioning.server;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.meshbench.network.NetworkClient;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.internal.NetworkProvisioningServer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Provisions the whitelisted nodes that send START to 255 from endpoint 246 on a network client's
 * gateways, answering through the sink that heard each node last (send_data at Wirepas QoS 1).
 * Sessions run on one thread of the server's own. Thread-safe.
 */
@ProviderType
public interface ProvisioningServer extends AutoCloseable {

    /**
     * Starts serving; the client may connect before or after.
     *
     * @param client the connection to the gateways; stays open when the server closes
     * @param whitelist the nodes to provision
     * @param options retries and timeout
     * @return the running server
     */
    static ProvisioningServer start(NetworkClient client, Whitelist whitelist, ProvisioningOptions options) {
        return NetworkProvisioningServer.start(client, whitelist, options);
    }

    /** @param whitelist the whitelist for STARTs from now on; sessions under way keep their data */
    void replaceWhitelist(Whitelist whitelist);

    /** @return the whitelist in use */
    Whitelist whitelist();

    /** @return the sessions under way and the finished ones kept, oldest first */
    List<ProvisioningSession> sessions();

    /** @return how many packets were dropped, per reason */
    Map<DropReason, Long> drops();

    /** @param listener told of every session change, on the server's thread; keep it short */
    void addSessionListener(Consumer<ProvisioningSession> listener);

    /** @param listener a listener added before; it is told nothing more */
    void removeSessionListener(Consumer<ProvisioningSession> listener);

    /** @param listener told of every dropped packet, on the server's thread; keep it short */
    void addDropListener(Consumer<DropReason> listener);

    /** @param listener a listener added before; it is told nothing more */
    void removeDropListener(Consumer<DropReason> listener);

    /** Stops listening and forgets pending timeouts; sessions under way stay as they are. */
    @Override
    void close();
}
