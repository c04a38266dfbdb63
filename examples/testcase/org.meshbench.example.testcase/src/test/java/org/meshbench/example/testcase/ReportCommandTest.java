package org.meshbench.example.testcase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.Bytes;

class ReportCommandTest {

    private static final int TAG = 0x04030201;

    @Test
    void theCommandIsTheOpcodeThenTheLittleEndianTag() {
        assertArrayEquals(Bytes.fromHex("a501020304").toByteArray(), ReportCommand.encode(TAG));
    }

    @Test
    void aReportStartsWithTheCommandItAnswers() {
        assertTrue(ReportCommand.answers(Bytes.fromHex("a501020304010066085b640257").toByteArray(), TAG),
                "command, then a climate reading");
        assertTrue(ReportCommand.answers(Bytes.fromHex("a501020304").toByteArray(), TAG), "the simulator's echo");
    }

    @Test
    void otherPayloadsAreNotReports() {
        assertFalse(ReportCommand.answers(Bytes.fromHex("a501020305").toByteArray(), TAG), "another run's tag");
        assertFalse(ReportCommand.answers(Bytes.fromHex("a401020304").toByteArray(), TAG), "another opcode");
        assertFalse(ReportCommand.answers(Bytes.fromHex("a5010203").toByteArray(), TAG), "too short");
    }
}
