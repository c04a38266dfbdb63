package org.meshbench.network;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Selects received packets for a listener. Each criterion is a set of accepted values; an empty
 * set accepts everything, and all criteria must accept a packet. Immutable.
 *
 * @param gateways accepted gateway ids
 * @param sinks accepted sink ids (on any gateway)
 * @param networks accepted network addresses
 * @param sourceAddresses accepted source node addresses
 * @param sourceEndpoints accepted source endpoints
 * @param destinationEndpoints accepted destination endpoints
 */
public record DataFilter(Set<String> gateways, Set<String> sinks, Set<Long> networks, Set<Long> sourceAddresses,
        Set<Long> sourceEndpoints, Set<Long> destinationEndpoints) {

    /** Accepts every packet. */
    public static final DataFilter ALL = new DataFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /** Copies the sets. */
    public DataFilter {
        gateways = Set.copyOf(gateways);
        sinks = Set.copyOf(sinks);
        networks = Set.copyOf(networks);
        sourceAddresses = Set.copyOf(sourceAddresses);
        sourceEndpoints = Set.copyOf(sourceEndpoints);
        destinationEndpoints = Set.copyOf(destinationEndpoints);
    }

    /**
     * @param ids gateway ids
     * @return a copy that accepts only these gateways
     */
    public DataFilter withGateways(String... ids) {
        return new DataFilter(Set.of(ids), sinks, networks, sourceAddresses, sourceEndpoints, destinationEndpoints);
    }

    /**
     * @param ids sink ids
     * @return a copy that accepts only these sinks
     */
    public DataFilter withSinks(String... ids) {
        return new DataFilter(gateways, Set.of(ids), networks, sourceAddresses, sourceEndpoints, destinationEndpoints);
    }

    /**
     * @param addresses network addresses
     * @return a copy that accepts only these networks
     */
    public DataFilter withNetworks(long... addresses) {
        return new DataFilter(gateways, sinks, boxed(addresses), sourceAddresses, sourceEndpoints,
                destinationEndpoints);
    }

    /**
     * @param addresses node addresses
     * @return a copy that accepts only packets from these nodes
     */
    public DataFilter withSourceAddresses(long... addresses) {
        return new DataFilter(gateways, sinks, networks, boxed(addresses), sourceEndpoints, destinationEndpoints);
    }

    /**
     * @param source accepted source endpoint
     * @param destination accepted destination endpoint
     * @return a copy that accepts only this endpoint pair
     */
    public DataFilter withEndpoints(long source, long destination) {
        return new DataFilter(gateways, sinks, networks, sourceAddresses, Set.of(source), Set.of(destination));
    }

    /**
     * @param packet a packet
     * @return whether every criterion accepts it
     */
    public boolean matches(ReceivedPacket packet) {
        return accepts(gateways, packet.sink().gatewayId()) && accepts(sinks, packet.sink().sinkId())
                && accepts(networks, packet.networkAddress())
                && accepts(sourceAddresses, packet.event().sourceAddress())
                && accepts(sourceEndpoints, packet.event().sourceEndpoint())
                && accepts(destinationEndpoints, packet.event().destinationEndpoint());
    }

    private static boolean accepts(Set<String> accepted, String value) {
        return accepted.isEmpty() || accepted.contains(value);
    }

    // Checks emptiness before boxing: most filters leave most criteria open.
    private static boolean accepts(Set<Long> accepted, long value) {
        return accepted.isEmpty() || accepted.contains(value);
    }

    private static Set<Long> boxed(long... values) {
        return Arrays.stream(values).boxed().collect(Collectors.toUnmodifiableSet());
    }
}
