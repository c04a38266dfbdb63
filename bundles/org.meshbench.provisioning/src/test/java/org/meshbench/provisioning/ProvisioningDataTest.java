package org.meshbench.provisioning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.meshbench.provisioning.Vectors.bytes;

import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProvisioningDataTest {

    private static final ProvisioningData EXAMPLE = new ProvisioningData(Vectors.ENCRYPTION_KEY,
            Vectors.AUTHENTICATION_KEY, OptionalLong.of(0x1012EE), OptionalLong.of(2), OptionalLong.of(0x11),
            OptionalLong.empty(), new TreeMap<>());

    /** Keys only, plus user values 128 (text "ab"), 129 (0x34) and 255 (bytes 01 02). */
    private static final byte[] WITH_USER_VALUES = bytes("a5"      // map of 5 pairs
            + "0050100f0e0d0c0b0a090807060504030201"                 // 0: encryption key
            + "01500102030405060708090a0b0c0d0e0f10"                 // 1: authentication key
            + "1880" + "626162"                                      // 128: text "ab"
            + "1881" + "1834"                                        // 129: 0x34 (1-byte uint)
            + "18ff" + "420102");                                    // 255: bytes 01 02

    /** Malformed: an array, not a map. */
    private static final byte[] ARRAY = bytes("80");
    /** Malformed: the authentication key is missing. */
    private static final byte[] ONE_KEY = bytes("a1" + "0050100f0e0d0c0b0a090807060504030201");
    /** Malformed: the network address is text. */
    private static final byte[] TEXT_ADDRESS = bytes("a3" + "0050100f0e0d0c0b0a090807060504030201"
            + "01500102030405060708090a0b0c0d0e0f10" + "02" + "6131");
    /** Malformed: the channel is negative. */
    private static final byte[] NEGATIVE_CHANNEL = bytes("a3" + "0050100f0e0d0c0b0a090807060504030201"
            + "01500102030405060708090a0b0c0d0e0f10" + "03" + "20");
    /** Malformed: the map ends early. */
    private static final byte[] TRUNCATED = bytes("a2" + "0050100f0e0d0c0b0a0908");
    /** Malformed: a second item after the map. */
    private static final byte[] TRAILING = bytes("a0" + "00");

    @Test
    void writesTheMapBackendClientWrites() {
        assertArrayEquals(Vectors.EXAMPLE_CBOR, EXAMPLE.toCbor());
        assertEquals(EXAMPLE, ProvisioningData.fromCbor(Vectors.EXAMPLE_CBOR));
    }

    @Test
    void userValuesKeepTheirTypes() {
        TreeMap<Integer, Object> user = new TreeMap<>();
        user.put(128, "ab");
        user.put(129, 0x34L);
        user.put(255, Vectors.hex("0102"));
        ProvisioningData data = new ProvisioningData(Vectors.ENCRYPTION_KEY, Vectors.AUTHENTICATION_KEY,
                OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), user);
        assertArrayEquals(WITH_USER_VALUES, data.toCbor());
        assertEquals(data, ProvisioningData.fromCbor(WITH_USER_VALUES));
    }

    @Test
    void malformedMapsAreRefused() {
        for (byte[] malformed : new byte[][] {ARRAY, ONE_KEY, TEXT_ADDRESS, NEGATIVE_CHANNEL, TRUNCATED, TRAILING,
                new byte[0]}) {
            assertThrows(IllegalArgumentException.class, () -> ProvisioningData.fromCbor(malformed));
        }
    }
}
