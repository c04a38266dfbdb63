package org.meshbench.simulator.internal.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Crc16Test {

    @Test
    void matchesTheCatalogueCheckValue() {
        assertEquals(0x29B1, Crc16.of("123456789".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void noBytesGiveTheInitialValue() {
        assertEquals(0xFFFF, Crc16.of(new byte[0]));
    }
}
