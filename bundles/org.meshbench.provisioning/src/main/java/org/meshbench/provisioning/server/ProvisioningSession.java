package org.meshbench.provisioning.server;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.Bytes;

/**
 * A snapshot of one session. Immutable.
 *
 * @param key source, node address and session id
 * @param uid the UID of the node's START
 * @param sink the gateway and sink of the node's most recent frame (by transmission time), which
 *            the server answers through
 * @param state where the session is
 * @param outcome how it ended, once {@link SessionState#DONE}
 * @param detail what happened last, for people
 * @param started when the first START arrived
 * @param updated when the session last changed
 */
public record ProvisioningSession(SessionKey key, Bytes uid, SinkRef sink, SessionState state,
        Optional<SessionOutcome> outcome, String detail, Instant started, Instant updated) {

    /** Checks for nulls. */
    public ProvisioningSession {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(updated, "updated");
    }
}
