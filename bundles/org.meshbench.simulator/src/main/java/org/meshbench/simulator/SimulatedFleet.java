package org.meshbench.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.meshbench.simulator.internal.gateway.GatewayCore;
import org.meshbench.simulator.internal.gateway.GatewayStreams;
import org.meshbench.simulator.internal.sink.ProvisioningLayout;
import org.meshbench.simulator.internal.sink.SimSink;

/**
 * The gateways a {@link SimulatorConfig} describes, with their sinks and nodes, laid out from the
 * seed: network addresses are distinct across the fleet, node addresses within a network.
 * Immutable list of thread-safe gateways.
 */
public final class SimulatedFleet {

    /** Highest network address the simulator gives a sink. */
    public static final long MAX_NETWORK_ADDRESS = 0xFF_FFFEL;

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
        List<Long> whitelisted = config.provisioning().map(ProvisioningLayout::networks).orElse(List.of());
        Set<Long> networkAddresses = new HashSet<>(whitelisted);
        List<GatewayStreams> streams = GatewayStreams.forGateways(config.seed(), config.gateways());
        List<GatewayBehaviour> gateways = new ArrayList<>(config.gateways());
        List<SimSink> fleetSinks = new ArrayList<>();
        for (int g = 0; g < config.gateways(); g++) {
            List<SimSink> sinks = new ArrayList<>(config.sinksPerGateway());
            for (int s = 0; s < config.sinksPerGateway(); s++) {
                long networkAddress;
                do {
                    networkAddress = fleet.nextLong(1, MAX_NETWORK_ADDRESS + 1);
                } while (!networkAddresses.add(networkAddress));
                int index = fleetSinks.size();
                // The whitelist's networks go to the first sinks, so that provisioned nodes find theirs.
                sinks.add(SimSink.create("sink" + s, streams.get(g).layout(),
                        index < whitelisted.size() ? whitelisted.get(index) : networkAddress, config.nodesPerSink()));
                fleetSinks.add(sinks.get(s));
            }
            gateways.add(new GatewayBehaviour(new GatewayCore(config, g, sinks, streams.get(g))));
        }
        config.provisioning().ifPresent(whitelist -> ProvisioningLayout.place(whitelist, fleetSinks, fleet));
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
