package org.meshbench.simulator.internal.traffic;

/**
 * Traffic diagnostics of one node (endpoints 251→255), 18 bytes little-endian. Ratios are percent.
 *
 * @param accessCycles            access cycles in the measurement period (u16)
 * @param clusterChannel          channel of the node's cluster
 * @param channelReliability      reliability of that channel
 * @param rxAmount                packets received (u16)
 * @param txAmount                packets sent (u16)
 * @param alohaRxRatio            share of ALOHA slots with a reception
 * @param reservedRxSuccessRatio  share of reserved slots received successfully
 * @param dataRxRatio             share of receptions that were data
 * @param rxDuplicateRatio        share of duplicates among receptions
 * @param ccaSuccessRatio         share of successful clear-channel assessments
 * @param broadcastRatio          share of broadcasts among sent packets
 * @param failedUnicastRatio      share of failed unicasts
 * @param maxReservedSlotUsage    highest reserved slot usage
 * @param averageReservedSlotUsage average reserved slot usage
 * @param maxAlohaSlotUsage       highest ALOHA slot usage
 */
public record TrafficDiagnostics(int accessCycles, int clusterChannel, int channelReliability, int rxAmount,
        int txAmount, int alohaRxRatio, int reservedRxSuccessRatio, int dataRxRatio, int rxDuplicateRatio,
        int ccaSuccessRatio, int broadcastRatio, int failedUnicastRatio, int maxReservedSlotUsage,
        int averageReservedSlotUsage, int maxAlohaSlotUsage) {

    /** Size of the packet. */
    public static final int SIZE = 18;

    /** @return the packet payload */
    public byte[] encode() {
        return new LittleEndianWriter(SIZE).u16(accessCycles).u8(clusterChannel).u8(channelReliability)
                .u16(rxAmount).u16(txAmount).u8(alohaRxRatio).u8(reservedRxSuccessRatio).u8(dataRxRatio)
                .u8(rxDuplicateRatio).u8(ccaSuccessRatio).u8(broadcastRatio).u8(failedUnicastRatio)
                .u8(maxReservedSlotUsage).u8(averageReservedSlotUsage).u8(maxAlohaSlotUsage).toByteArray();
    }
}
