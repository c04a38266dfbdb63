package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SimulatorConfigTest {

    @Test
    void gatewayIdsFollowThePrefix() {
        SimulatorConfig config = SimulatorConfig.builder().gatewayIdPrefix("lab").size(3, 1, 0).build();

        assertEquals("lab-2", config.gatewayId(2));
    }

    @Test
    void aCopyChangesOnlyWhatItIsTold() {
        SimulatorConfig config = SimulatorConfig.builder().seed(5).size(2, 3, 4).build();

        SimulatorConfig copy = config.toBuilder().uplinkRate(9).build();

        assertEquals(5, copy.seed());
        assertEquals(3, copy.sinksPerGateway());
        assertEquals(9, copy.uplinkRate());
        assertEquals(1, config.uplinkRate());
    }

    @Test
    void valuesOutOfRangeAreNamed() {
        assertMessage("gateways", () -> SimulatorConfig.builder().size(0, 1, 1).build());
        assertMessage("sinks per gateway", () -> SimulatorConfig.builder().size(1, 65, 1).build());
        assertMessage("nodes per sink", () -> SimulatorConfig.builder().size(1, 1, -1).build());
        assertMessage("uplink rate", () -> SimulatorConfig.builder().uplinkRate(Double.POSITIVE_INFINITY).build());
        assertMessage("gateway id", () -> SimulatorConfig.builder().gatewayIdPrefix("a/b").build());
        assertMessage("size-only endpoint", () -> SimulatorConfig.builder().sizeOnlyEndpoints(Set.of(256)).build());
        assertMessage("uplink payload size", () -> SimulatorConfig.builder().applicationUplink(1, 1, 103).build());
        assertMessage("max scratchpad size", () -> SimulatorConfig.builder().gatewayProfile("m", "v", 8).build());
    }

    private static void assertMessage(String named, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }
}
