package org.meshbench.provisioning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.meshbench.provisioning.Vectors.bytes;
import static org.meshbench.provisioning.Vectors.hex;

import org.junit.jupiter.api.Test;
import org.meshbench.provisioning.MalformedFrameException.Problem;

class ProvisioningFrameTest {

    private static final byte[] START = bytes("01"         // type START
            + "01020304"                                   // node address
            + "2a"                                         // session id
            + "01"                                         // method: secured
            + "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"           // IV
            + "746573745f6e6f6465");                       // UID "test_node"
    private static final byte[] UNSECURED_DATA = bytes("02" // type DATA
            + "01020304" + "2a"                            // header
            + "00"                                         // key index 0: none
            + "ffff"                                       // counter 0xFFFF
            + "a0");                                       // CBOR: empty map
    private static final byte[] DATA_ACK = bytes("03" + "01020304" + "2a");
    private static final byte[] NACK = bytes("04" + "01020304" + "2a" + "03"); // reason INVALID_KEY

    /** Malformed: five bytes, the session id is missing. */
    private static final byte[] TRUNCATED_HEADER = bytes("0301020304");
    /** Malformed: a START whose UID is missing. */
    private static final byte[] START_WITHOUT_UID = bytes("01010203042a01" + "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
    /** Malformed: DATA without a body. */
    private static final byte[] DATA_WITHOUT_BODY = bytes("02010203042a003412");
    /** Malformed: type 5. */
    private static final byte[] UNKNOWN_TYPE = bytes("05010203042a");
    /** Malformed: NACK reason 4. */
    private static final byte[] UNKNOWN_REASON = bytes("04010203042a04");
    /** Malformed: DATA_ACK with one byte more. */
    private static final byte[] LONG_DATA_ACK = bytes("03010203042a00");

    @Test
    void startRoundTrips() throws MalformedFrameException {
        ProvisioningFrame.Start start = (ProvisioningFrame.Start) ProvisioningFrame.decode(START);
        assertEquals(Vectors.HEADER, start.header());
        assertEquals(ProvisioningMethod.SECURED.code(), start.methodCode());
        assertEquals(Vectors.IV, start.iv());
        assertEquals("test_node", new String(start.uid().toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
        assertArrayEquals(START, start.encode());
    }

    @Test
    void dataRoundTripsWithItsCounterLittleEndian() throws MalformedFrameException {
        ProvisioningFrame.Data data = (ProvisioningFrame.Data) ProvisioningFrame.decode(UNSECURED_DATA);
        assertEquals(0, data.keyIndex());
        assertEquals(0xFFFF, data.counter());
        assertEquals(hex("a0"), data.body());
        assertArrayEquals(UNSECURED_DATA, data.encode());
        assertEquals(0x1234, ((ProvisioningFrame.Data) ProvisioningFrame.decode(Vectors.SECURED_DATA)).counter());
    }

    @Test
    void answersRoundTrip() throws MalformedFrameException {
        assertEquals(new ProvisioningFrame.DataAck(Vectors.HEADER), ProvisioningFrame.decode(DATA_ACK));
        assertEquals(new ProvisioningFrame.Nack(Vectors.HEADER, NackReason.INVALID_KEY), ProvisioningFrame.decode(NACK));
        assertArrayEquals(DATA_ACK, new ProvisioningFrame.DataAck(Vectors.HEADER).encode());
        assertArrayEquals(NACK, new ProvisioningFrame.Nack(Vectors.HEADER, NackReason.INVALID_KEY).encode());
    }

    @Test
    void malformedFramesSayWhatIsWrong() {
        assertProblem(Problem.TRUNCATED, new byte[0]);
        assertProblem(Problem.TRUNCATED, TRUNCATED_HEADER);
        assertProblem(Problem.TRUNCATED, START_WITHOUT_UID);
        assertProblem(Problem.TRUNCATED, DATA_WITHOUT_BODY);
        assertProblem(Problem.UNKNOWN_TYPE, UNKNOWN_TYPE);
        assertProblem(Problem.UNKNOWN_REASON, UNKNOWN_REASON);
        assertProblem(Problem.TRAILING_BYTES, LONG_DATA_ACK);
    }

    @Test
    void headerWritesAddressesLittleEndian() {
        assertEquals(Vectors.HEADER, FrameHeader.of(0x04030201L, 0x2A));
    }

    private static void assertProblem(Problem problem, byte[] payload) {
        assertEquals(problem, assertThrows(MalformedFrameException.class, () -> ProvisioningFrame.decode(payload))
                .problem());
    }
}
