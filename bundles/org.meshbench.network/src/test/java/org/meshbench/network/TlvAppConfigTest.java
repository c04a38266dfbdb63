package org.meshbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.Bytes;

class TlvAppConfigTest {
    // magic F6 7E, 2 entries: type 0x10 len 1 value 01; type 0x1234 (low 34, len 2|0x80, high 12) value ABCD
    private static final Bytes TWO_ENTRIES = Bytes.fromHex("f67e02 10 01 01 34 82 12 abcd");

    @Test
    void parsesShortAndLongTypes() {
        TlvAppConfig config = TlvAppConfig.parse(TWO_ENTRIES).orElseThrow();
        assertEquals(List.of(0x10, 0x1234), List.copyOf(config.entries().keySet()));
        assertEquals(Bytes.fromHex("abcd"), config.entries().get(0x1234));
        assertEquals(TWO_ENTRIES, config.toBytes());
    }

    @Test
    void ignoresPaddingAfterTheEntries() {
        Bytes padded = Bytes.fromHex(TWO_ENTRIES.toHex() + "000000");
        assertEquals(TWO_ENTRIES, TlvAppConfig.parse(padded).orElseThrow().toBytes());
    }

    @Test
    void rejectsDataThatIsNotTlv() {
        assertTrue(TlvAppConfig.parse(Bytes.fromHex("00")).isEmpty(), "too short");
        assertTrue(TlvAppConfig.parse(Bytes.fromHex("f67f00")).isEmpty(), "wrong magic");
        assertTrue(TlvAppConfig.parse(Bytes.fromHex("f67e011005aa")).isEmpty(), "value runs past the end");
        assertTrue(TlvAppConfig.parse(Bytes.fromHex("f67e0110")).isEmpty(), "entry header cut");
        assertTrue(TlvAppConfig.parse(Bytes.fromHex("f67e013481")).isEmpty(), "long type cut");
    }

    @Test
    void editsKeepOrderAndReplaceInPlace() {
        TlvAppConfig edited = TlvAppConfig.parse(TWO_ENTRIES).orElseThrow().with(0x10, Bytes.fromHex("02"))
                .with(0x20, Bytes.empty()).without(0x1234);
        assertEquals(Bytes.fromHex("f67e02 10 01 02 20 00"), edited.toBytes());
    }

    @Test
    void setsLocalProvisioning() {
        assertEquals(Bytes.fromHex("f67e01c40100"), TlvAppConfig.empty().withLocalProvisioning(false).toBytes());
        Bytes pskId = Bytes.fromHex("01020304");
        Bytes psk = Bytes.of(new byte[32]);
        Bytes value = TlvAppConfig.empty().withLocalProvisioning(pskId, psk).entries().get(TlvAppConfig.LOCAL_PROVISIONING);
        assertEquals(37, value.size());
        assertEquals("0201020304", value.toHex().substring(0, 10));
        assertThrows(IllegalArgumentException.class, () -> TlvAppConfig.empty().withLocalProvisioning(psk, pskId));
    }

    @Test
    void checksTypeAndValueRanges() {
        assertThrows(IllegalArgumentException.class, () -> TlvAppConfig.empty().with(0x10000, Bytes.empty()));
        assertThrows(IllegalArgumentException.class, () -> TlvAppConfig.empty().with(1, Bytes.of(new byte[128])));
    }
}
