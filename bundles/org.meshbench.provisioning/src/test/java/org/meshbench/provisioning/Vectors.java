package org.meshbench.provisioning;

import java.util.HexFormat;
import org.meshbench.protocol.value.Bytes;

/**
 * Test vectors. The secured DATA frame was computed with the Python {@code cryptography} package
 * (CMAC, and AES-ECB over little-endian counter blocks), independently of the code under test.
 */
public final class Vectors {

    /** backend-client's example factory key: 00..0F twice. */
    public static final FactoryKey FACTORY_KEY = new FactoryKey(hex("000102030405060708090a0b0c0d0e0f"
            + "000102030405060708090a0b0c0d0e0f"));
    /** backend-client's example encryption key. */
    public static final Bytes ENCRYPTION_KEY = hex("100f0e0d0c0b0a090807060504030201");
    /** backend-client's example authentication key. */
    public static final Bytes AUTHENTICATION_KEY = hex("0102030405060708090a0b0c0d0e0f10");
    /** Node address bytes 01 02 03 04, session 0x2A. */
    public static final FrameHeader HEADER = new FrameHeader(hex("01020304"), 0x2A);
    /** An IV of F0..FF: as a little-endian number its top byte is FF. */
    public static final Bytes IV = hex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
    /** The counter of the secured vector. */
    public static final int COUNTER = 0x1234;

    /** backend-client's example entry as the node receives it. */
    public static final byte[] EXAMPLE_CBOR = bytes(
            "a5"                                       // map of 5 pairs
            + "00" + "50" + "100f0e0d0c0b0a090807060504030201" // 0: 16-byte string, encryption key
            + "01" + "50" + "0102030405060708090a0b0c0d0e0f10" // 1: 16-byte string, authentication key
            + "02" + "1a001012ee"                      // 2: network address 0x1012EE (4-byte uint)
            + "03" + "02"                              // 3: network channel 2
            + "04" + "11");                            // 4: node address 0x11

    /** EXAMPLE_CBOR sealed with FACTORY_KEY, HEADER, IV and COUNTER. */
    public static final byte[] SECURED_DATA = bytes(
            "02"                                       // type DATA
            + "01020304"                               // node address, as received
            + "2a"                                     // session id
            + "01"                                     // key index 1: factory key
            + "3412"                                   // counter 0x1234, little-endian
            + "33ad80ce210c03d962291a48c9ed4e6057e5f8e188d8717651552cdcfe815e7a445e1cd48bd9746078beb844"
            + "0ef504994a19a62f");                      // CBOR (44 bytes) and MIC 61 76 e0 26 ee, encrypted

    private Vectors() {
    }

    /**
     * @param hex hex digits
     * @return the bytes
     */
    public static Bytes hex(String hex) {
        return Bytes.fromHex(hex);
    }

    /**
     * @param hex hex digits
     * @return the bytes
     */
    public static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
