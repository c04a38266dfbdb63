package org.meshbench.provisioning.internal;

import java.time.Duration;
import org.meshbench.network.SinkRef;
import org.meshbench.provisioning.server.DropReason;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.server.SessionKey;

/** What the session table asks of the world; results come back through {@link SessionTable}. */
public interface SessionEffects {

    /**
     * Sends a frame to the session's source address; report the result with
     * {@link SessionTable#sent(SessionKey, long, String)}.
     *
     * @param key the session
     * @param step identifies this send among the session's steps
     * @param sink the sink to send through
     * @param frame the frame
     */
    void send(SessionKey key, long step, SinkRef sink, byte[] frame);

    /**
     * Calls {@link SessionTable#timedOut(SessionKey, long)} after a delay.
     *
     * @param key the session
     * @param step identifies the wait
     * @param delay how long
     */
    void schedule(SessionKey key, long step, Duration delay);

    /** @param session a session as it is after a change */
    void changed(ProvisioningSession session);

    /**
     * @param reason why a packet was dropped
     * @param detail what it was, for people
     */
    void dropped(DropReason reason, String detail);
}
