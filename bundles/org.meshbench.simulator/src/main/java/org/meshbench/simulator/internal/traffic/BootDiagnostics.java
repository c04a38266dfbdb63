package org.meshbench.simulator.internal.traffic;

import org.meshbench.protocol.value.FirmwareVersion;

/**
 * Boot diagnostics (endpoints 254→255), 31 bytes little-endian, sent once after a node boots. The
 * boot line, file hash and stack trace only matter after a crash and are sent as zeros.
 *
 * @param bootCount          boots so far (u8, wraps)
 * @param role               Wirepas role byte
 * @param firmware           the stack version booted (each part one byte)
 * @param scratchpadSequence sequence of the scratchpad the firmware came from (u16)
 * @param hwMagic            hardware magic number (u16)
 * @param stackProfile       radio profile (u16)
 * @param otapEnabled        whether the node takes part in OTAP
 * @param currentSequence    sequence of the scratchpad currently stored (u16)
 */
public record BootDiagnostics(int bootCount, int role, FirmwareVersion firmware, long scratchpadSequence,
        long hwMagic, long stackProfile, boolean otapEnabled, long currentSequence) {

    /** Size of the packet. */
    public static final int SIZE = 31;
    private static final int STACK_TRACE_BYTES = 3 * 4;

    /** @return the packet payload */
    public byte[] encode() {
        return new LittleEndianWriter(SIZE).u8(bootCount).u8(role)
                .u8(firmware.dev()).u8(firmware.maint()).u8(firmware.minor()).u8(firmware.major())
                .u16(scratchpadSequence).u16(hwMagic).u16(stackProfile).u8(otapEnabled ? 1 : 0)
                .zeros(2) // boot line number
                .zeros(2) // file hash
                .zeros(STACK_TRACE_BYTES).u16(currentSequence).toByteArray();
    }
}
