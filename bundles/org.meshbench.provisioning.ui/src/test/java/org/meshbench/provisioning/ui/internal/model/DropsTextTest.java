package org.meshbench.provisioning.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meshbench.provisioning.server.DropReason;

class DropsTextTest {

    @Test
    void noDrops() {
        assertEquals("Dropped packets: none", DropsText.of(Map.of()));
    }

    @Test
    void reasonsInTheirDeclaredOrder() {
        assertEquals("Dropped packets: TRUNCATED 2 · REPLAYED 1",
                DropsText.of(Map.of(DropReason.REPLAYED, 1L, DropReason.TRUNCATED, 2L)));
    }
}
