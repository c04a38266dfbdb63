package org.meshbench.testcases.tests;

import org.meshbench.simulator.SimulatorConfig;

/** The simulated fleet the tests run against: two gateways with one sink and 20 nodes each, a network per sink. */
final class Fleet {

    static final SimulatorConfig CONFIG = SimulatorConfig.builder().size(2, 1, 20).uplinkRate(20).seed(7).build();
    /** The gateway whose network the tests target. */
    static final String GATEWAY = "sim-gw-0";
    /** Nodes the data-path tests address; the simulator's uplink makes the model see them. */
    static final int NODES_SEEN = 5;

    private Fleet() {
    }
}
