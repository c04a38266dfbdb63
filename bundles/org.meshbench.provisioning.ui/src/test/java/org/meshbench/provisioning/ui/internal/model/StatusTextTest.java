package org.meshbench.provisioning.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.server.SessionOutcome;
import org.meshbench.provisioning.server.SessionState;

class StatusTextTest {

    @Test
    void notConnected() {
        assertEquals("Not connected · server stopped · 0 sessions", StatusText.of(Optional.empty(),
                new ServerControl.State(false, Optional.empty(), Whitelist.of(List.of()), List.of(), Map.of())));
    }

    @Test
    void servingWithASessionUnderWay() {
        ServerControl.State state = new ServerControl.State(true, Optional.of(Path.of("/tmp/nodes.yml")),
                Sessions.whitelist(), List.of(
                        Sessions.session("UNS", SessionState.DONE, Optional.of(SessionOutcome.SUCCESS), "",
                                Duration.ZERO),
                        Sessions.session("A", SessionState.WAIT_RESPONSE, Optional.empty(), "", Duration.ZERO)),
                Map.of());
        assertEquals("Workbench connection to tcp://127.0.0.1:1883: connected · serving 1 node of nodes.yml"
                + " · 2 sessions, 1 in progress",
                StatusText.of(Optional.of("Workbench connection to tcp://127.0.0.1:1883: connected"), state));
    }
}
