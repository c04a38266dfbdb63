package org.meshbench.decoders;

/**
 * A source and destination endpoint, the key Wirepas applications use to tell their payload
 * formats apart. Immutable.
 *
 * @param source source endpoint, 0..255
 * @param destination destination endpoint, 0..255
 * @since 0.1
 */
public record EndpointPair(int source, int destination) {

    /** Checks that both endpoints fit in one byte. */
    public EndpointPair {
        checkEndpoint(source, "source");
        checkEndpoint(destination, "destination");
    }

    /**
     * @param source source endpoint
     * @param destination destination endpoint
     * @return the pair
     */
    public static EndpointPair of(int source, int destination) {
        return new EndpointPair(source, destination);
    }

    @Override
    public String toString() {
        return source + "\u2192" + destination;
    }

    static void checkEndpoint(int endpoint, String what) {
        if (endpoint < 0 || endpoint > 255) {
            throw new IllegalArgumentException(what + " must be 0..255, was " + endpoint);
        }
    }
}
