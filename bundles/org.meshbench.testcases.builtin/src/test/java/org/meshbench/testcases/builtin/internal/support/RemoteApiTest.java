package org.meshbench.testcases.builtin.internal.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteApiTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] REFERENCE = HEX.parseHex("0102030405060708");

    @Test
    void pingIsTypeLengthReference() {
        assertEquals("00080102030405060708", HEX.formatHex(RemoteApi.ping(REFERENCE)));
        assertThrows(IllegalArgumentException.class, () -> RemoteApi.ping(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> RemoteApi.ping(new byte[17]));
    }

    @Test
    void concatenatedResponsesAreSplitAndATruncatedTailIsDropped() {
        // 0x85 update response (2-byte countdown), 0x80 ping response, then a frame cut short
        byte[] apdu = HEX.parseHex("85021e00" + "80080102030405060708" + "9918");

        List<RemoteApi.Frame> frames = RemoteApi.frames(apdu);

        assertEquals(2, frames.size());
        assertEquals(0x85, frames.get(0).type());
        assertArrayEquals(HEX.parseHex("1e00"), frames.get(0).body());
        assertTrue(RemoteApi.answersPing(apdu, REFERENCE));
    }

    @Test
    void onlyAPingResponseWithTheSameReferenceAnswers() {
        assertFalse(RemoteApi.answersPing(HEX.parseHex("80080102030405060709"), REFERENCE));
        assertFalse(RemoteApi.answersPing(HEX.parseHex("00080102030405060708"), REFERENCE), "a request is no answer");
        assertFalse(RemoteApi.answersPing(new byte[0], REFERENCE));
    }
}
