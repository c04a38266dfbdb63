package org.meshbench.simulator;

/**
 * The Wirepas endpoints simulated nodes use. Endpoints are 0..255 on the air; uplink means node to
 * backend, downlink backend to node.
 */
public final class SimulatorEndpoints {

    /**
     * Destination endpoint of an echo request: a downlink from {@link #ECHO_SOURCE} to this endpoint
     * is sent back by the node unchanged, from this endpoint to {@link #ECHO_SOURCE}, so that
     * round-trip latency can be measured. The pair 50→51 is not used by any known Wirepas
     * application.
     */
    public static final int ECHO_DESTINATION = 51;
    /** Source endpoint of an echo request; the echo goes back to it. */
    public static final int ECHO_SOURCE = 50;
    /** Every diagnostics packet goes to this endpoint. */
    public static final int DIAGNOSTICS_DESTINATION = 255;
    /** Source endpoint of traffic diagnostics. */
    public static final int TRAFFIC_DIAGNOSTICS = 251;
    /** Source endpoint of neighbor diagnostics. */
    public static final int NEIGHBOR_DIAGNOSTICS = 252;
    /** Source endpoint of node diagnostics. */
    public static final int NODE_DIAGNOSTICS = 253;
    /** Source endpoint of boot diagnostics. */
    public static final int BOOT_DIAGNOSTICS = 254;
    /** Default source and destination endpoint of the periodic application uplink. */
    public static final int DEFAULT_APPLICATION = 1;

    private SimulatorEndpoints() {
    }
}
