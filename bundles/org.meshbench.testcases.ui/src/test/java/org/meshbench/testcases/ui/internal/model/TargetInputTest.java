package org.meshbench.testcases.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meshbench.testcases.TestTarget;

class TargetInputTest {

    @Test
    void readsDecimalAndHexAddresses() {
        assertEquals(TestTarget.network(1749699), TargetInput.parse(" 1749699 ", ""));
        assertEquals(TestTarget.network(0x1AB2C3), TargetInput.parse("0x1ab2c3", " "));
    }

    @Test
    void readsTheGatewayAllowList() {
        assertEquals(new TestTarget(5, Set.of("gw-a", "gw-b")), TargetInput.parse("5", "gw-a, ,gw-b,"));
    }

    @Test
    void saysWhatIsWrongWithTheAddress() {
        assertEquals("Enter the network address to test",
                assertThrows(IllegalArgumentException.class, () -> TargetInput.parse(" ", "")).getMessage());
        assertEquals("The network address 'net1' is not a decimal or 0x hex number",
                assertThrows(IllegalArgumentException.class, () -> TargetInput.parse("net1", "")).getMessage());
        assertEquals("The network address 0x100000000 is out of range",
                assertThrows(IllegalArgumentException.class, () -> TargetInput.parse("0x100000000", ""))
                        .getMessage());
        assertEquals("The network address -1 is out of range",
                assertThrows(IllegalArgumentException.class, () -> TargetInput.parse("-1", "")).getMessage());
    }
}
