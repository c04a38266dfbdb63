package org.meshbench.simulator.internal.traffic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.meshbench.simulator.internal.traffic.DiagnosticsLayoutTest.bytes;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.simulator.internal.node.NodeOtapStatus;

/** Remote API frames a node answers, byte by byte. */
class RemoteApiResponderTest {

    private static final NodeOtapStatus STATUS = new NodeOtapStatus(new ScratchpadInfo(0x1000, 0xBEEF, 7), 1, 255,
            new ScratchpadInfo(0x800, 0x1234, 6), 2, new FirmwareVersion(5, 4, 0, 1), 3, 7, 0xBEEF, 60, 42);

    /** The scratchpad status response of {@link #STATUS}: type, length, 47-byte body. */
    private static final byte[] STATUS_FRAME = bytes(
            "99", "2f", // type 0x99, length 47
            "00100000", "efbe", "07", "01", "ff", // stored: length 4096, CRC 0xBEEF, seq 7, present, new
            "00080000", "3412", "06", // processed: length 2048, CRC 0x1234, seq 6
            "02000000", // firmware area id 2
            "05040001", // stack version 5.4.0.1, major first
            "00000000", "0000", "00", // application scratchpad: never updated
            "01010000", // application area id 0x101
            "01000000", // application version 1.0.0.0
            "03", "07", "efbe", // action 3 (process with delay), target seq 7, target CRC 0xBEEF
            "3c00", "2a00"); // delay 60 min, 42 min remaining

    @Test
    void scratchpadStatusIsTheThirdVersionFrame() {
        assertArrayEquals(STATUS_FRAME, RemoteApiResponder.answer(bytes("19", "00"), STATUS).orElseThrow());
        assertEquals(49, STATUS_FRAME.length);
    }

    @Test
    void aPingComesBackWithItsReference() {
        byte[] answer = RemoteApiResponder.answer(bytes("00", "03", "a1a2a3"), STATUS).orElseThrow();

        assertArrayEquals(bytes("80", "03", "a1a2a3"), answer);
    }

    @Test
    void framesAreAnsweredInOrderAndUnknownOnesSkipped() {
        byte[] request = bytes("00", "01", "55", // ping, reference 0x55
                "05", "02", "0a00", // update (not simulated), skipped by its length
                "19", "00"); // scratchpad status

        byte[] answer = RemoteApiResponder.answer(request, STATUS).orElseThrow();

        assertArrayEquals(bytes("80", "01", "55"), Arrays.copyOf(answer, 3));
        assertArrayEquals(STATUS_FRAME, Arrays.copyOfRange(answer, 3, answer.length));
    }

    @Test
    void nothingAnswerableGivesNoAnswer() {
        assertEquals(Optional.empty(), RemoteApiResponder.answer(bytes("01", "00"), STATUS), "begin is not simulated");
        assertEquals(Optional.empty(), RemoteApiResponder.answer(bytes("19", "05", "00"), STATUS), "truncated frame");
        assertEquals(Optional.empty(), RemoteApiResponder.answer(bytes("00", "00"), STATUS), "ping without reference");
    }
}
