package org.meshbench.decoders.wirepas.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.EncodeException;

class TlvAppConfigEncoderTest {

    @Test
    void encodesTheEntriesItIsGiven() throws EncodeException {
        byte[] encoded = new TlvAppConfigEncoder().encode(Map.of(
                "entry[0]/type", 0xC4, "entry[0]/value", "01",
                "entry[1]/type", 0x6666, "entry[1]/value", "abcd", "entry[1]/length", 2));

        assertEquals("f67e02" + "c40101" + "668266abcd", HexFormat.of().formatHex(encoded));
    }

    @Test
    void aLengthMustMatchTheValue() {
        assertThrows(EncodeException.class, () -> new TlvAppConfigEncoder().encode(
                Map.of("entry[0]/type", 1, "entry[0]/value", "01", "entry[0]/length", 2)));
    }
}
