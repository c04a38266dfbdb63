package org.meshbench.decoders.wirepas.appconfig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.EncodeException;
import org.meshbench.decoders.wirepas.internal.TlvAppConfigEncoder;

class TlvAppConfigTest {

    private static final byte[] CONFIG = HexFormat.of().parseHex(
            "f67e" + "02"          // magic, 2 entries
            + "c40101"             // 0xC4, 1 byte: local provisioning enabled
            + "6682" + "66" + "abcd" // 0x6666 (long type: length | 0x80, then type MSB), 2 bytes
            + "0000");             // padding up to the sink's buffer size

    /** Not TLV: the magic's second byte is wrong. */
    private static final byte[] WRONG_MAGIC = {(byte) 0xF6, 0x7F, 0};
    /** Not TLV: announces one entry but ends after its type byte. */
    private static final byte[] TRUNCATED_ENTRY = {(byte) 0xF6, 0x7E, 1, 0x10};

    @Test
    void parsesEntriesIgnoringPadding() throws DecodeException {
        Map<Integer, byte[]> entries = TlvAppConfig.parse(CONFIG).entries();

        assertEquals(List.of(0xC4, 0x6666), List.copyOf(entries.keySet()));
        assertArrayEquals(new byte[] {(byte) 0xAB, (byte) 0xCD}, entries.get(0x6666));
    }

    @Test
    void unchangedConfigSerialisesToTheSameBytesWithoutPadding() throws DecodeException {
        byte[] bytes = TlvAppConfig.parse(CONFIG).toBytes();

        assertArrayEquals(Arrays.copyOf(CONFIG, CONFIG.length - 2), bytes);
    }

    @Test
    void editingKeepsOrderAndReplacesInPlace() throws DecodeException {
        TlvAppConfig edited = TlvAppConfig.parse(CONFIG).withLocalProvisioning(false).with(0x32, new byte[0]).without(0x6666);

        assertEquals("f67e02" + "c40100" + "3200", HexFormat.of().formatHex(edited.toBytes()));
    }

    @Test
    void localProvisioningWithAKey() {
        byte[] pskId = {1, 2, 3, 4};
        byte[] psk = new byte[32];

        byte[] value = TlvAppConfig.empty().withLocalProvisioning(pskId, psk).entries().get(TlvAppConfig.LOCAL_PROVISIONING);

        assertEquals(37, value.length);
        assertEquals(2, value[0]);
        assertThrows(IllegalArgumentException.class, () -> TlvAppConfig.empty().withLocalProvisioning(psk, pskId));
    }

    @Test
    void recognisesTheLayout() {
        assertTrue(TlvAppConfig.isTlv(CONFIG));
        assertFalse(TlvAppConfig.isTlv(WRONG_MAGIC));
        assertFalse(TlvAppConfig.isTlv(TRUNCATED_ENTRY));
        assertEquals(4, assertThrows(DecodeException.class, () -> TlvAppConfig.parse(TRUNCATED_ENTRY)).offset());
    }

    @Test
    void limitsAreEnforced() {
        assertThrows(IndexOutOfBoundsException.class, () -> TlvAppConfig.empty().with(0x10000, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> TlvAppConfig.empty().with(1, new byte[128]));
    }

    @Test
    void encoderBuildsTheSameBytesAsTheUtility() throws EncodeException, DecodeException {
        byte[] encoded = new TlvAppConfigEncoder().encode(Map.of(
                "entry[0]/type", 0xC4, "entry[0]/value", "01",
                "entry[1]/type", 0x6666, "entry[1]/value", "abcd", "entry[1]/length", 2));

        assertArrayEquals(TlvAppConfig.parse(CONFIG).toBytes(), encoded);
        assertThrows(EncodeException.class, () -> new TlvAppConfigEncoder().encode(
                Map.of("entry[0]/type", 1, "entry[0]/value", "01", "entry[0]/length", 2)));
    }
}
