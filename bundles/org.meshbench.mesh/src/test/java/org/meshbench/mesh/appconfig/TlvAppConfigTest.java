package org.meshbench.mesh.appconfig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TlvAppConfigTest {

    private static final HexFormat HEX = HexFormat.of();

    static final byte[] CONFIG = HEX.parseHex(
            "f67e" + "02"          // magic, 2 entries
            + "c40101"             // 0xC4, 1 byte: local provisioning enabled
            + "6682" + "66" + "abcd" // 0x6666 (long type: length | 0x80, then type MSB), 2 bytes
            + "0000");             // padding up to the sink's buffer size

    /** Not TLV: shorter than the magic. */
    private static final byte[] TOO_SHORT = {0};
    /** Not TLV: the magic's second byte is wrong. */
    private static final byte[] WRONG_MAGIC = {(byte) 0xF6, 0x7F, 0};
    /** Not TLV: announces one entry but ends after its type byte. */
    private static final byte[] TRUNCATED_ENTRY = {(byte) 0xF6, 0x7E, 1, 0x10};
    /** Not TLV: a 5-byte value of which one byte is there. */
    private static final byte[] TRUNCATED_VALUE = HEX.parseHex("f67e01" + "1005" + "aa");
    /** Not TLV: the length byte announces a second type byte that is missing. */
    private static final byte[] TRUNCATED_LONG_TYPE = HEX.parseHex("f67e01" + "3481");

    @Test
    void parsesEntriesIgnoringPadding() {
        Map<Integer, byte[]> entries = TlvAppConfig.parse(CONFIG).orElseThrow().entries();

        assertEquals(List.of(0xC4, 0x6666), List.copyOf(entries.keySet()));
        assertArrayEquals(new byte[] {(byte) 0xAB, (byte) 0xCD}, entries.get(0x6666));
    }

    @Test
    void layoutSaysWhereEachEntryLies() throws TlvFormatException {
        List<TlvEntry> layout = TlvAppConfig.layout(CONFIG);

        assertEquals(3, layout.get(0).offset());
        assertEquals(5, layout.get(0).valueOffset());
        assertEquals(6, layout.get(1).offset());
        assertEquals(9, layout.get(1).valueOffset());
        assertEquals(CONFIG.length - 2, layout.get(1).end(), "padding follows");
    }

    @Test
    void unchangedConfigSerialisesToTheSameBytesWithoutPadding() {
        byte[] bytes = TlvAppConfig.parse(CONFIG).orElseThrow().toBytes();

        assertArrayEquals(Arrays.copyOf(CONFIG, CONFIG.length - 2), bytes);
        assertEquals(TlvAppConfig.parse(bytes).orElseThrow(), TlvAppConfig.parse(CONFIG).orElseThrow());
    }

    @Test
    void editingKeepsOrderAndReplacesInPlace() {
        TlvAppConfig edited = TlvAppConfig.parse(CONFIG).orElseThrow().withLocalProvisioning(false)
                .with(0x32, new byte[0]).without(0x6666);

        assertEquals("f67e02" + "c40100" + "3200", HEX.formatHex(edited.toBytes()));
        assertEquals("TlvAppConfig[0xC4=00 0x32=]", edited.toString());
    }

    @Test
    void localProvisioning() {
        byte[] pskId = {1, 2, 3, 4};
        byte[] psk = new byte[32];

        byte[] value = TlvAppConfig.empty().withLocalProvisioning(pskId, psk).entries()
                .get(TlvAppConfig.LOCAL_PROVISIONING);

        assertEquals("f67e01c40100", HEX.formatHex(TlvAppConfig.empty().withLocalProvisioning(false).toBytes()));
        assertEquals(37, value.length);
        assertEquals("0201020304", HEX.formatHex(value, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> TlvAppConfig.empty().withLocalProvisioning(psk, pskId));
    }

    @Test
    void rejectsWhatIsNotTheLayoutNamingTheOffset() {
        Map<byte[], Integer> offsets = Map.of(TOO_SHORT, 0, WRONG_MAGIC, 0, TRUNCATED_ENTRY, 4, TRUNCATED_VALUE, 5,
                TRUNCATED_LONG_TYPE, 5);
        offsets.forEach((notTlv, offset) -> assertEquals(offset, assertThrows(TlvFormatException.class,
                () -> TlvAppConfig.layout(notTlv), HEX.formatHex(notTlv)).offset(), HEX.formatHex(notTlv)));
        offsets.keySet().forEach(notTlv -> assertTrue(TlvAppConfig.parse(notTlv).isEmpty(), HEX.formatHex(notTlv)));
        TlvFormatException truncated = assertThrows(TlvFormatException.class,
                () -> TlvAppConfig.layout(TRUNCATED_ENTRY));
        assertTrue(truncated.getMessage().contains("length of entry 0"), truncated.getMessage());
    }

    @Test
    void limitsAreEnforced() {
        assertThrows(IllegalArgumentException.class, () -> TlvAppConfig.empty().with(0x10000, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> TlvAppConfig.empty().with(-1, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> TlvAppConfig.empty().with(1, new byte[128]));
    }
}
