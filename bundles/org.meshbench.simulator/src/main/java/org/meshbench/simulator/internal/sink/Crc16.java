package org.meshbench.simulator.internal.sink;

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR): the CRC
 * a simulated sink reports for a stored scratchpad. Check value: "123456789" → 0x29B1.
 */
public final class Crc16 {

    private static final int POLYNOMIAL = 0x1021;

    private Crc16() {
    }

    /**
     * @param data the bytes
     * @return their CRC, 0..0xFFFF
     */
    public static int of(byte[] data) {
        int crc = 0xFFFF;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ POLYNOMIAL : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc;
    }
}
