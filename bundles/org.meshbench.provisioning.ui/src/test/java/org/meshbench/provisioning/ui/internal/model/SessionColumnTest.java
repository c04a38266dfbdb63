package org.meshbench.provisioning.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.server.SessionOutcome;
import org.meshbench.provisioning.server.SessionState;

class SessionColumnTest {

    private static List<String> cells(ProvisioningSession session) {
        return Arrays.stream(SessionColumn.values())
                .map(column -> column.text(session, Sessions.whitelist(), ZoneOffset.ofHours(1))).toList();
    }

    @Test
    void aFinishedSessionShowsItsOutcomeAndWhy() {
        assertEquals(List.of("42", "554e53", "UNSECURED", "DONE", "SUCCESS: node acknowledged DATA", "13:00:05",
                "1.5 s"), cells(Sessions.session("UNS", SessionState.DONE, Optional.of(SessionOutcome.SUCCESS),
                        "node acknowledged DATA", Duration.ofMillis(1500))));
    }

    @Test
    void aStrangerIsNotListedAndASessionUnderWayShowsWhatHappenedLast() {
        assertEquals(List.of("42", "41", "not listed", "WAIT_NACK_SENT",
                "UID not in the whitelist, NACK NOT_AUTHORIZED sent to the gateway", "13:00:05", "2 min 05 s"),
                cells(Sessions.session("A", SessionState.WAIT_NACK_SENT, Optional.empty(),
                        "UID not in the whitelist, NACK NOT_AUTHORIZED sent to the gateway", Duration.ofSeconds(125))));
    }
}
