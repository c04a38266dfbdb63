package org.meshbench.provisioning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.MalformedFrameException;
import org.meshbench.provisioning.ProvisioningFrame;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.server.DropReason;
import org.meshbench.provisioning.server.ProvisioningOptions;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.server.SessionKey;

/**
 * Every session of the server, by (source, node address, session id): a START opens one, the other
 * frames go to theirs; what belongs to none, or is not a frame, is dropped with a reason. Finished
 * sessions are kept, the oldest forgotten first, so their history shows and replays are recognised.
 * Not thread-safe: one thread calls everything, the effects included.
 */
public final class SessionTable {

    private final Context context;
    private final Map<SessionKey, Session> sessions = new LinkedHashMap<>();
    private Whitelist whitelist;

    /**
     * @param whitelist the nodes to provision
     * @param options retries, timeout, history size
     * @param clock what time it is
     * @param random where each session's first counter comes from
     * @param effects sends, waits, reports
     */
    public SessionTable(Whitelist whitelist, ProvisioningOptions options, Clock clock, RandomGenerator random,
            SessionEffects effects) {
        this.whitelist = Objects.requireNonNull(whitelist, "whitelist");
        this.context = new Context(this, options, clock, random, effects);
    }

    /** @param replacement the whitelist for STARTs from now on; sessions under way keep their data */
    public void whitelist(Whitelist replacement) {
        whitelist = Objects.requireNonNull(replacement, "replacement");
    }

    /**
     * @param sink where the packet came from
     * @param sourceAddress its source address
     * @param txTimeMs when it left the node (rx time − travel time), to pick the newest route
     * @param payload its payload, if the gateway sent it
     */
    public void received(SinkRef sink, long sourceAddress, long txTimeMs, Optional<Bytes> payload) {
        if (payload.isEmpty()) {
            context.effects().dropped(DropReason.NO_PAYLOAD, "payload withheld, from " + sourceAddress);
            return;
        }
        ProvisioningFrame frame;
        try {
            frame = ProvisioningFrame.decode(payload.get().toByteArray());
        } catch (MalformedFrameException e) {
            context.effects().dropped(e.problem() == MalformedFrameException.Problem.TRUNCATED ? DropReason.TRUNCATED
                    : DropReason.MALFORMED, e.getMessage() + ": " + payload.get().toHex() + " from " + sourceAddress);
            return;
        }
        SessionKey key = new SessionKey(sourceAddress, frame.header());
        Session session = sessions.get(key);
        if (session == null && !(frame instanceof ProvisioningFrame.Start)) {
            context.effects().dropped(frame instanceof ProvisioningFrame.Data ? DropReason.NOT_FROM_NODE
                    : DropReason.NO_SESSION, HexFormat.of().formatHex(frame.encode()) + " from " + sourceAddress);
            return;
        }
        if (session == null) {
            session = new Session(key, context, sink, txTimeMs);
            sessions.put(key, session);
        }
        session.heardThrough(sink, txTimeMs);
        session.received(frame);
        forgetOldFinished();
    }

    /**
     * @param key the session
     * @param step the send's step
     * @param failure why the gateway did not send, or null when it did
     */
    public void sent(SessionKey key, long step, String failure) {
        Optional.ofNullable(sessions.get(key)).ifPresent(session -> session.sent(step, failure));
        forgetOldFinished();
    }

    /**
     * @param key the session
     * @param step the wait's step
     */
    public void timedOut(SessionKey key, long step) {
        Optional.ofNullable(sessions.get(key)).ifPresent(session -> session.timedOut(step));
        forgetOldFinished();
    }

    /** @return every session kept, oldest first */
    public List<ProvisioningSession> sessions() {
        return sessions.values().stream().map(Session::snapshot).toList();
    }

    private void forgetOldFinished() {
        List<Session> finished = new ArrayList<>();
        sessions.values().stream().filter(Session::done).forEach(finished::add);
        int excess = finished.size() - context.options().finishedKept();
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext() && excess > 0;) {
            if (it.next().done()) {
                it.remove();
                excess--;
            }
        }
    }

    /** What sessions share. */
    record Context(SessionTable table, ProvisioningOptions options, Clock clock, RandomGenerator random,
            SessionEffects effects) {

        Instant now() {
            return clock.instant();
        }

        Whitelist whitelist() {
            return table.whitelist;
        }

        /** A random start, so that counter blocks of different sessions under one IV rarely meet. */
        int nextCounter() {
            return random.nextInt(0x10000);
        }
    }
}
