package org.meshbench.mesh.remoteapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
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
        byte[] packet = HEX.parseHex("85021e00" + "80080102030405060708" + "9918");

        List<RemoteApiFrame> frames = RemoteApiFrame.split(packet);

        assertEquals(List.of(new RemoteApiFrame(0x85, HEX.parseHex("1e00")), new RemoteApiFrame(0x80, REFERENCE)),
                frames);
        assertEquals(packet.length - 2, frames.get(0).size() + frames.get(1).size());
        assertTrue(RemoteApi.answersPing(packet, REFERENCE));
    }

    @Test
    void joinedFramesSplitBackTheSame() {
        List<RemoteApiFrame> frames = List.of(new RemoteApiFrame(0x04, new byte[0]),
                new RemoteApiFrame(0x1A, new byte[] {42}));

        assertArrayEquals(HEX.parseHex("0400" + "1a012a"), RemoteApiFrame.join(frames));
        assertEquals(frames, RemoteApiFrame.split(RemoteApiFrame.join(frames)));
        assertThrows(IllegalArgumentException.class, () -> new RemoteApiFrame(0x100, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new RemoteApiFrame(0x05, new byte[256]));
    }

    @Test
    void onlyAPingResponseWithTheSameReferenceAnswers() {
        assertFalse(RemoteApi.answersPing(HEX.parseHex("80080102030405060709"), REFERENCE));
        assertFalse(RemoteApi.answersPing(HEX.parseHex("00080102030405060708"), REFERENCE), "a request is no answer");
        assertFalse(RemoteApi.answersPing(new byte[0], REFERENCE));
    }

    @Test
    void typesHaveTheirSpecificationNames() {
        assertEquals("scratchpad_status", RemoteApi.typeName(RemoteApi.SCRATCHPAD_STATUS));
        assertEquals("scratchpad_status response", RemoteApi.typeName(0x99));
        assertEquals("error: invalid_begin", RemoteApi.typeName(0xFB));
        assertEquals("unknown type 0x7f", RemoteApi.typeName(0x7F));
        assertEquals(OptionalInt.of(0x1A), RemoteApi.requestType("scratchpad_update"));
        assertEquals(OptionalInt.empty(), RemoteApi.requestType("reboot"));
    }
}
