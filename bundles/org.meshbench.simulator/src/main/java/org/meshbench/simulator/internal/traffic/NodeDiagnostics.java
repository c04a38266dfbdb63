package org.meshbench.simulator.internal.traffic;

/**
 * Node diagnostics (endpoints 253→255) in the 67-byte form of stack 4.2 and later, little-endian.
 * Counters the simulation does not model (allocation failures, buffer delays, the eight link-layer
 * counters, the second drop counter, the blacklist mask, the 15 event bytes, the antenna and the
 * eight pending-buffer counters) are sent as zeros.
 *
 * @param accessCycleMs      access cycle in milliseconds (u16)
 * @param role               Wirepas role byte
 * @param voltageRaw         supply voltage: (volts − 2.0) × 100
 * @param maxBufferUsage     highest buffer usage
 * @param averageBufferUsage average buffer usage
 * @param networkScans       network scans performed
 * @param droppedPackets     packets dropped (first counter)
 * @param routeAddress       address of the sink the node routes to (u24)
 * @param nextHopAddress     address of the next hop (u24)
 * @param nextHopCost        route cost through the next hop
 * @param nextHopLinkQuality link quality to the next hop
 * @param dutyCycle          radio duty cycle (u16)
 */
public record NodeDiagnostics(int accessCycleMs, int role, int voltageRaw, int maxBufferUsage, int averageBufferUsage,
        int networkScans, int droppedPackets, long routeAddress, long nextHopAddress, int nextHopCost,
        int nextHopLinkQuality, int dutyCycle) {

    /** Size of the packet. */
    public static final int SIZE = 67;
    private static final int LINK_COUNTERS_BYTES = 8 * 2;
    private static final int BLACKLIST_BYTES = 5;
    private static final int EVENT_BYTES = 15;
    private static final int PENDING_COUNTERS_BYTES = 8;

    /** @return the packet payload */
    public byte[] encode() {
        return new LittleEndianWriter(SIZE).u16(accessCycleMs).u8(role).u8(voltageRaw).u8(maxBufferUsage)
                .u8(averageBufferUsage)
                .zeros(3) // memory allocation failures, normal and high priority buffer delays
                .u8(networkScans).zeros(LINK_COUNTERS_BYTES).u8(droppedPackets)
                .zeros(1) // second drop counter
                .u24(routeAddress).u24(nextHopAddress).u8(nextHopCost).u8(nextHopLinkQuality)
                .zeros(BLACKLIST_BYTES).zeros(EVENT_BYTES).u16(dutyCycle)
                .zeros(1) // current antenna
                .zeros(PENDING_COUNTERS_BYTES).toByteArray();
    }
}
