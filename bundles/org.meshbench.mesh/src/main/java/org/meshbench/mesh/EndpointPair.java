package org.meshbench.mesh;

/**
 * A source and destination endpoint, the key Wirepas applications use to tell their payload
 * formats apart. An endpoint is one byte on the air, although the gateway API carries it in a
 * uint32. Immutable.
 *
 * @param source source endpoint, 0..255
 * @param destination destination endpoint, 0..255
 * @since 0.1
 */
public record EndpointPair(int source, int destination) {

    /** The largest endpoint. */
    public static final int MAX_ENDPOINT = 0xFF;

    /** Checks that both endpoints fit in one byte. */
    public EndpointPair {
        checkEndpoint(source, "source endpoint");
        checkEndpoint(destination, "destination endpoint");
    }

    /**
     * @param source source endpoint
     * @param destination destination endpoint
     * @return the pair
     */
    public static EndpointPair of(int source, int destination) {
        return new EndpointPair(source, destination);
    }

    /** @return {@code source→destination} */
    @Override
    public String toString() {
        return source + "\u2192" + destination;
    }

    private static void checkEndpoint(int endpoint, String what) {
        if (endpoint < 0 || endpoint > MAX_ENDPOINT) {
            throw new IllegalArgumentException(what + " must be 0.." + MAX_ENDPOINT + ", was " + endpoint);
        }
    }
}
