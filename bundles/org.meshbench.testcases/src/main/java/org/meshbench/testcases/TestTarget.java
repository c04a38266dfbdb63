package org.meshbench.testcases;

import java.util.Set;
import org.meshbench.network.SinkSelection;

/**
 * The network a run tests. Immutable.
 *
 * @param networkAddress the network address
 * @param allowedGateways the only gateways whose sinks tests may use, so that a test network that
 *            shares its address with a production network stays apart; empty allows all
 * @since 0.1
 */
public record TestTarget(long networkAddress, Set<String> allowedGateways) {

    /** Copies the set and checks the address. */
    public TestTarget {
        if (networkAddress < 0) {
            throw new IllegalArgumentException("network address must not be negative: " + networkAddress);
        }
        allowedGateways = Set.copyOf(allowedGateways);
    }

    /**
     * @param networkAddress the network address
     * @return the target with every gateway allowed
     */
    public static TestTarget network(long networkAddress) {
        return new TestTarget(networkAddress, Set.of());
    }

    /**
     * @param gatewayId a gateway
     * @return whether tests may use its sinks
     */
    public boolean allows(String gatewayId) {
        return allowedGateways.isEmpty() || allowedGateways.contains(gatewayId);
    }

    /** @return the sinks of the network on the allowed gateways */
    public SinkSelection selection() {
        return allowedGateways.isEmpty() ? SinkSelection.network(networkAddress)
                : SinkSelection.network(networkAddress, allowedGateways);
    }

    /** @return the address, and the allowed gateways if restricted */
    @Override
    public String toString() {
        return "network " + networkAddress + (allowedGateways.isEmpty() ? "" : " on gateways " + allowedGateways);
    }
}
