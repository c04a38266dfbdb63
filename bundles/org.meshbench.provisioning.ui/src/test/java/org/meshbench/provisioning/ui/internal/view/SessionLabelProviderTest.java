package org.meshbench.provisioning.ui.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.server.SessionOutcome;
import org.meshbench.provisioning.server.SessionState;
import org.meshbench.provisioning.ui.internal.model.SessionColumn;
import org.meshbench.provisioning.ui.internal.model.Sessions;

class SessionLabelProviderTest {

    private final SessionLabelProvider labels = new SessionLabelProvider(Sessions::whitelist, ZoneOffset.UTC);
    private final ProvisioningSession refused = Sessions.session("A", SessionState.DONE,
            Optional.of(SessionOutcome.NOT_AUTHORIZED), "UID not in the whitelist, NACK sent", Duration.ofMillis(80));

    @Test
    void oneColumnPerSessionColumnInTheirOrder() {
        assertEquals("42", labels.getColumnText(refused, SessionColumn.NODE.ordinal()));
        assertEquals("not listed", labels.getColumnText(refused, SessionColumn.METHOD.ordinal()));
        assertEquals("NOT_AUTHORIZED: UID not in the whitelist, NACK sent",
                labels.getColumnText(refused, SessionColumn.OUTCOME.ordinal()));
        assertEquals("12:00:05", labels.getColumnText(refused, SessionColumn.STARTED.ordinal()));
        assertEquals("0.1 s", labels.getColumnText(refused, SessionColumn.DURATION.ordinal()));
    }

    @Test
    void noImages() {
        assertNull(labels.getColumnImage(refused, 0));
    }
}
