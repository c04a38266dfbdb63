package org.meshbench.provisioning.ui.internal.model;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.FrameHeader;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.WhitelistException;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.server.SessionKey;
import org.meshbench.provisioning.server.SessionOutcome;
import org.meshbench.provisioning.server.SessionState;

/** Sessions and a whitelist for the tests of the view's texts. */
public final class Sessions {

    /** Started at 12:00:05 UTC. */
    public static final Instant STARTED = Instant.parse("2026-12-08T12:00:05Z");
    /** One unsecured node, {@code UNS}. */
    public static final String WHITELIST = """
            UNS:
                method: 0
                authentication_key: 0x0102030405060708090A0B0C0D0E0F10
                encryption_key: 0x100F0E0D0C0B0A090807060504030201
            """;

    private Sessions() {
    }

    /** @return the whitelist of {@link #WHITELIST} */
    public static Whitelist whitelist() {
        try {
            return Whitelist.parse(WHITELIST);
        } catch (WhitelistException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * @param uid the node's UID as text
     * @param state where the session is
     * @param outcome how it ended
     * @param detail what happened last
     * @param duration from START to the last change
     * @return a session of node 42 through gw/sink0
     */
    public static ProvisioningSession session(String uid, SessionState state, Optional<SessionOutcome> outcome,
            String detail, Duration duration) {
        return new ProvisioningSession(new SessionKey(42, FrameHeader.of(42, 7)),
                Bytes.of(uid.getBytes(StandardCharsets.US_ASCII)), new SinkRef("gw", "sink0"), state, outcome, detail,
                STARTED, STARTED.plus(duration));
    }
}
