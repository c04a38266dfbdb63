package org.meshbench.provisioning.ui.internal.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.meshbench.network.NetworkClient;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.WhitelistException;
import org.meshbench.provisioning.server.DropReason;
import org.meshbench.provisioning.server.ProvisioningOptions;
import org.meshbench.provisioning.server.ProvisioningServer;
import org.meshbench.provisioning.server.ProvisioningSession;

/**
 * The provisioning server the user starts and stops on the workbench's connection, and the whitelist file it
 * serves. The sessions and drops of a stopped server stay readable until the next start. Every session change and
 * dropped packet is told to {@code changed}, on the server's thread. Not thread-safe: the view calls it on the UI
 * thread.
 */
public final class ServerControl implements AutoCloseable {

    /**
     * What the view shows.
     *
     * @param running whether the server runs
     * @param file the whitelist file it serves or served last
     * @param whitelist that whitelist, empty before the first start
     * @param sessions its sessions, oldest first
     * @param drops its dropped packets per reason
     */
    public record State(boolean running, Optional<Path> file, Whitelist whitelist, List<ProvisioningSession> sessions,
            Map<DropReason, Long> drops) {

        /** @return how many nodes the whitelist lists */
        public int whitelistSize() {
            return whitelist.entries().size();
        }
    }

    private static final Whitelist NONE = Whitelist.of(List.of());

    private final Consumer<ProvisioningSession> sessionChanged;
    private final Consumer<DropReason> dropped;
    private ProvisioningServer server;
    private NetworkClient client;
    private Path file;

    /**
     * @param changed told of every session change and drop, on the server's thread; it should only ask for a refresh
     */
    public ServerControl(Runnable changed) {
        this.sessionChanged = session -> changed.run();
        this.dropped = reason -> changed.run();
    }

    /**
     * Starts a server on a client with a whitelist file; nothing changes when the file is wrong.
     *
     * @param on the workbench's connection
     * @param whitelistFile the nodes to provision
     * @throws WhitelistException if the file cannot be read or is wrong
     * @throws IllegalStateException if a server runs
     */
    public void start(NetworkClient on, Path whitelistFile) throws WhitelistException {
        if (client != null) {
            throw new IllegalStateException("the provisioning server runs already");
        }
        Whitelist whitelist = Whitelist.read(whitelistFile);
        server = ProvisioningServer.start(on, whitelist, ProvisioningOptions.DEFAULTS);
        server.addSessionListener(sessionChanged);
        server.addDropListener(dropped);
        client = on;
        file = whitelistFile;
    }

    /**
     * Reads the whitelist file again and gives it to the running server; when the file is wrong the server keeps
     * the whitelist it has.
     *
     * @return the whitelist now in use
     * @throws WhitelistException if the file cannot be read or is wrong
     * @throws IllegalStateException if no server runs
     */
    public Whitelist reload() throws WhitelistException {
        if (client == null) {
            throw new IllegalStateException("no provisioning server runs");
        }
        Whitelist whitelist = Whitelist.read(file);
        server.replaceWhitelist(whitelist);
        return whitelist;
    }

    /** Stops the server, if one runs; its sessions stay readable. */
    public void stop() {
        if (client != null) {
            server.removeSessionListener(sessionChanged);
            server.removeDropListener(dropped);
            server.close();
            client = null;
        }
    }

    /**
     * Stops the server when the workbench's connection it runs on has gone or was replaced.
     *
     * @param current the workbench's connection now
     * @return whether that stopped the server
     */
    public boolean follow(Optional<NetworkClient> current) {
        if (client == null || current.orElse(null) == client) {
            return false;
        }
        stop();
        return true;
    }

    /** @return the whitelist file of the running or last server */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** @return what the view shows */
    public State state() {
        if (server == null) {
            return new State(false, Optional.empty(), NONE, List.of(), Map.of());
        }
        return new State(client != null, file(), server.whitelist(), server.sessions(), server.drops());
    }

    @Override
    public void close() {
        stop();
    }
}
