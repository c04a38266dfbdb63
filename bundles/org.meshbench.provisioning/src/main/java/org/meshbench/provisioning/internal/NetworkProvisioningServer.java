package org.meshbench.provisioning.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.meshbench.concurrent.DaemonThreadFactory;
import org.meshbench.network.DataFilter;
import org.meshbench.network.DataQos;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.ProvisioningFrame;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.server.DropReason;
import org.meshbench.provisioning.server.ProvisioningOptions;
import org.meshbench.provisioning.server.ProvisioningServer;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.server.SessionKey;

/**
 * The {@link SessionTable} on a network client: packets of 246→255 and the answers to its sends
 * reach the table on one thread of its own, which also runs the timeouts.
 */
public final class NetworkProvisioningServer implements ProvisioningServer, SessionEffects {

    private static final System.Logger LOG = System.getLogger(NetworkProvisioningServer.class.getName());

    private final NetworkClient client;
    private final ScheduledExecutorService thread;
    private final SessionTable table;
    private final List<Consumer<ProvisioningSession>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<DropReason>> dropListeners = new CopyOnWriteArrayList<>();
    private final Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
    private volatile Whitelist whitelist;
    private volatile List<ProvisioningSession> sessions = List.of();
    private ListenerRegistration data;

    private NetworkProvisioningServer(NetworkClient client, Whitelist whitelist, ProvisioningOptions options) {
        this.client = client;
        this.whitelist = whitelist;
        this.thread = Executors.newSingleThreadScheduledExecutor(new DaemonThreadFactory("meshbench-provisioning"));
        this.table = new SessionTable(whitelist, options, Clock.systemUTC(), new SecureRandom(), this);
    }

    /**
     * @param client the connection to the gateways
     * @param whitelist the nodes to provision
     * @param options retries and timeout
     * @return the running server
     */
    public static NetworkProvisioningServer start(NetworkClient client, Whitelist whitelist,
            ProvisioningOptions options) {
        NetworkProvisioningServer server = new NetworkProvisioningServer(client, whitelist, options);
        server.data = client.addDataListener(DataFilter.ALL.withEndpoints(ProvisioningFrame.NODE_ENDPOINT,
                ProvisioningFrame.SERVER_ENDPOINT),
                server::received);
        return server;
    }

    private void received(ReceivedPacket packet) {
        long txTime = packet.event().rxTimeMsEpoch() - packet.event().travelTimeMs();
        onThread(() -> table.received(packet.sink(), packet.sourceAddress(), txTime, packet.event().payload()));
    }

    @Override
    public void send(SessionKey key, long step, SinkRef sink, byte[] frame) {
        OutgoingPacket packet = OutgoingPacket.to(key.sourceAddress(), ProvisioningFrame.SERVER_ENDPOINT,
                ProvisioningFrame.NODE_ENDPOINT, Bytes.of(frame))
                .withQos(DataQos.HIGH);
        client.services().sendData(sink, packet).whenComplete((ok, failure) -> onThread(
                () -> table.sent(key, step, failure == null ? null : message(failure))));
    }

    @Override
    public void schedule(SessionKey key, long step, Duration delay) {
        thread.schedule(() -> table.timedOut(key, step), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void changed(ProvisioningSession session) {
        sessions = table.sessions();
        tell(listeners, session);
    }

    private static <T> void tell(List<Consumer<T>> told, T change) {
        for (Consumer<T> listener : told) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a provisioning server listener failed", e);
            }
        }
    }

    @Override
    public void dropped(DropReason reason, String detail) {
        synchronized (drops) {
            drops.merge(reason, 1L, Long::sum);
        }
        LOG.log(System.Logger.Level.DEBUG, () -> "provisioning packet dropped, " + reason + ": " + detail);
        tell(dropListeners, reason);
    }

    @Override
    public void replaceWhitelist(Whitelist replacement) {
        whitelist = replacement;
        onThread(() -> table.whitelist(replacement));
    }

    @Override
    public Whitelist whitelist() {
        return whitelist;
    }

    @Override
    public List<ProvisioningSession> sessions() {
        return sessions;
    }

    @Override
    public Map<DropReason, Long> drops() {
        synchronized (drops) {
            return Map.copyOf(drops);
        }
    }

    @Override
    public void addSessionListener(Consumer<ProvisioningSession> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSessionListener(Consumer<ProvisioningSession> listener) {
        listeners.remove(listener);
    }

    @Override
    public void addDropListener(Consumer<DropReason> listener) {
        dropListeners.add(listener);
    }

    @Override
    public void removeDropListener(Consumer<DropReason> listener) {
        dropListeners.remove(listener);
    }

    @Override
    public void close() {
        data.close();
        thread.shutdownNow();
    }

    /** After {@link #close()}, late packets and send answers are ignored. */
    private void onThread(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException closed) {
            LOG.log(System.Logger.Level.DEBUG, "provisioning server closed; event ignored");
        }
    }

    private static String message(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
