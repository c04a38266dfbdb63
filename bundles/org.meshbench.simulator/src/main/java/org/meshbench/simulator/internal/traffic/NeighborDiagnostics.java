package org.meshbench.simulator.internal.traffic;

import java.util.List;

/**
 * Neighbor diagnostics of one node (endpoints 252→255): one 7-byte record per neighbor.
 *
 * @param neighbors the neighbors, in the order sent (copied)
 */
public record NeighborDiagnostics(List<NeighborDiagnostics.Neighbor> neighbors) {

    /** Size of one neighbor record. */
    public static final int RECORD_SIZE = 7;

    /**
     * One neighbor as a node sees it.
     *
     * @param address        the neighbor's address (u24; 0 would end the list)
     * @param clusterChannel the neighbor's cluster channel
     * @param radioPower     its radio power level
     * @param nodeInfo       node information bits
     * @param rssi           received signal strength, raw
     */
    public record Neighbor(long address, int clusterChannel, int radioPower, int nodeInfo, int rssi) {
    }

    /** Copies the list. */
    public NeighborDiagnostics {
        neighbors = List.copyOf(neighbors);
    }

    /** @return the packet payload */
    public byte[] encode() {
        LittleEndianWriter out = new LittleEndianWriter(RECORD_SIZE * neighbors.size());
        for (Neighbor neighbor : neighbors) {
            out.u24(neighbor.address()).u8(neighbor.clusterChannel()).u8(neighbor.radioPower())
                    .u8(neighbor.nodeInfo()).u8(neighbor.rssi());
        }
        return out.toByteArray();
    }
}
