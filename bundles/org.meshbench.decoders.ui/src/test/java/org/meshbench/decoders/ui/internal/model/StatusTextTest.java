package org.meshbench.decoders.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusTextTest {

    @Test
    void notConnectedWithoutPackets() {
        assertEquals("Not connected · 0 packets",
                StatusText.of(Optional.empty(), new StatusText.Counts(0, 0, false, 0, false, 0)));
    }

    @Test
    void countsMatchesDropsAndPause() {
        assertEquals("Workbench connection to tcp://127.0.0.1:1883: connected · 120 of 10,000 packets match"
                + " · 1,052 dropped · paused, 7 ignored", StatusText.of(
                        Optional.of("Workbench connection to tcp://127.0.0.1:1883: connected"),
                        new StatusText.Counts(120, 10_000, true, 1_052, true, 7)));
        assertEquals("Not connected · 1 packet",
                StatusText.of(Optional.empty(), new StatusText.Counts(1, 1, false, 0, false, 0)));
    }
}
