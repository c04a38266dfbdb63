package org.meshbench.network;

import java.util.Set;

/**
 * Which sinks a network-wide operation addresses. Only sinks of online gateways are ever
 * selected. Immutable.
 */
public sealed interface SinkSelection {

    /**
     * @param sink a sink of an online gateway
     * @return whether this selection includes it
     */
    boolean includes(Sink sink);

    /**
     * @param networkAddress a network address
     * @return every sink of that network, on every gateway
     */
    static SinkSelection network(long networkAddress) {
        return new InNetwork(networkAddress, Set.of());
    }

    /**
     * @param networkAddress a network address
     * @param gatewayIds the only gateways whose sinks may be touched, so that a test network that
     *            shares its address with a production network stays apart; must not be empty
     * @return the sinks of that network on those gateways
     */
    static SinkSelection network(long networkAddress, Set<String> gatewayIds) {
        if (gatewayIds.isEmpty()) {
            throw new IllegalArgumentException("the gateway allow-list is empty; use network(address) for all");
        }
        return new InNetwork(networkAddress, gatewayIds);
    }

    /**
     * @param sinks the sinks
     * @return exactly these sinks (those that are online)
     */
    static SinkSelection of(Set<SinkRef> sinks) {
        return new Listed(sinks);
    }

    /**
     * The sinks of one network, optionally only on allowed gateways.
     *
     * @param networkAddress the network address
     * @param allowedGateways gateways whose sinks may be selected; empty allows all
     */
    record InNetwork(long networkAddress, Set<String> allowedGateways) implements SinkSelection {

        /** Copies the set. */
        public InNetwork {
            allowedGateways = Set.copyOf(allowedGateways);
        }

        @Override
        public boolean includes(Sink sink) {
            return sink.networkAddress().isPresent() && sink.networkAddress().getAsLong() == networkAddress
                    && (allowedGateways.isEmpty() || allowedGateways.contains(sink.gatewayId()));
        }
    }

    /**
     * An explicit set of sinks.
     *
     * @param sinks the sinks
     */
    record Listed(Set<SinkRef> sinks) implements SinkSelection {

        /** Copies the set. */
        public Listed {
            sinks = Set.copyOf(sinks);
        }

        @Override
        public boolean includes(Sink sink) {
            return sinks.contains(sink.ref());
        }
    }
}
