package org.meshbench.example.testcase;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The Acme "report now" command: the opcode {@code A5}, then a 4-byte little-endian tag that the
 * sensor's report repeats, so that a report answers one command of one test run. The report
 * starts with the command's five bytes; the climate reading may follow. Stateless.
 */
final class ReportCommand {

    /** Opcode of "report now". */
    static final byte OPCODE = (byte) 0xA5;
    /** Opcode and tag. */
    static final int SIZE = 5;

    private ReportCommand() {
    }

    /**
     * @param tag identifies the command
     * @return its payload
     */
    static byte[] encode(int tag) {
        return ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN).put(OPCODE).putInt(tag).array();
    }

    /**
     * @param report a payload a sensor sent
     * @param tag the tag of the command
     * @return whether it reports after that command
     */
    static boolean answers(byte[] report, int tag) {
        return report.length >= SIZE && report[0] == OPCODE
                && ByteBuffer.wrap(report, 1, Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN).getInt() == tag;
    }
}
