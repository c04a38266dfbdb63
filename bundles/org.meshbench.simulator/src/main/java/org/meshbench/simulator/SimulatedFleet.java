package org.meshbench.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.meshbench.simulator.internal.gateway.GatewayCore;
import org.meshbench.simulator.internal.gateway.GatewayStreams;
import org.meshbench.simulator.internal.sink.SimSink;

/**
 * The gateways a {@link SimulatorConfig} describes, with their sinks and nodes, laid out from the
 * seed: network addresses are distinct across the fleet, node addresses within a network.
 * Immutable list of thread-safe gateways.
 */
public final class SimulatedFleet {

    private static final long MAX_NETWORK_ADDRESS = 0xFF_FFFEL;

    private final SimulatorConfig config;
    private final List<GatewayBehaviour> gateways;

    private SimulatedFleet(SimulatorConfig config, List<GatewayBehaviour> gateways) {
        this.config = config;
        this.gateways = List.copyOf(gateways);
    }

    /**
     * @param config what to simulate
     * @return the fleet, every sink started with a default configuration
     */
    public static SimulatedFleet create(SimulatorConfig config) {
        SplittableRandom fleet = GatewayStreams.fleet(config.seed());
        Set<Long> networkAddresses = new HashSet<>();
        List<GatewayStreams> streams = GatewayStreams.forGateways(config.seed(), config.gateways());
        List<GatewayBehaviour> gateways = new ArrayList<>(config.gateways());
        for (int g = 0; g < config.gateways(); g++) {
            List<SimSink> sinks = new ArrayList<>(config.sinksPerGateway());
            for (int s = 0; s < config.sinksPerGateway(); s++) {
                long networkAddress;
                do {
                    networkAddress = fleet.nextLong(1, MAX_NETWORK_ADDRESS + 1);
                } while (!networkAddresses.add(networkAddress));
                sinks.add(SimSink.create("sink" + s, streams.get(g).layout(), networkAddress, config.nodesPerSink()));
            }
            gateways.add(new GatewayBehaviour(new GatewayCore(config, g, sinks, streams.get(g))));
        }
        return new SimulatedFleet(config, gateways);
    }

    /** @return the settings the fleet was built from */
    public SimulatorConfig config() {
        return config;
    }

    /** @return the gateways, by index */
    public List<GatewayBehaviour> gateways() {
        return gateways;
    }
}
