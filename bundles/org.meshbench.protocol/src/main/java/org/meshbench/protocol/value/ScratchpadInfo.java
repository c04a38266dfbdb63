package org.meshbench.protocol.value;

/**
 * Length, CRC and sequence number of a scratchpad image ({@code ScratchpadInfo}).
 *
 * @param len length in bytes (uint32)
 * @param crc CRC of the image (uint32)
 * @param seq scratchpad sequence number (uint32)
 */
public record ScratchpadInfo(long len, long crc, long seq) {

    /** Checks the uint32 ranges. */
    public ScratchpadInfo {
        Uint32.require("len", len);
        Uint32.require("crc", crc);
        Uint32.require("seq", seq);
    }
}
