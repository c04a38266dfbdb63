package org.meshbench.simulator.internal.node;

/**
 * One simulated node. Its radio properties are fixed at creation; only its uplink counter moves.
 * Not thread-safe: the owning gateway serializes access.
 */
public final class SimNode {

    /** Wirepas role byte of a router (base role 2). */
    public static final int ROLE_ROUTER = 2;
    /** Wirepas role byte of a non-router (base role 3). */
    public static final int ROLE_NON_ROUTER = 3;

    private final long address;
    private final int hopCount;
    private final int roleByte;
    private final int voltageRaw;
    private final int initialBootCount;
    private long uplinkCounter;

    /**
     * @param address          node address, 1..0xFFFFFE (fits the 24-bit address fields of diagnostics)
     * @param hopCount         hops to the sink, at least 1
     * @param roleByte         {@link #ROLE_ROUTER} or {@link #ROLE_NON_ROUTER}
     * @param voltageRaw       supply voltage as diagnostics encode it: (volts − 2.0) × 100
     * @param initialBootCount boots before the simulation started
     */
    public SimNode(long address, int hopCount, int roleByte, int voltageRaw, int initialBootCount) {
        this.address = address;
        this.hopCount = hopCount;
        this.roleByte = roleByte;
        this.voltageRaw = voltageRaw;
        this.initialBootCount = initialBootCount;
    }

    /** @return the node address */
    public long address() {
        return address;
    }

    /** @return hops to the sink */
    public int hopCount() {
        return hopCount;
    }

    /** @return the Wirepas role byte */
    public int roleByte() {
        return roleByte;
    }

    /** @return the raw voltage byte of node diagnostics */
    public int voltageRaw() {
        return voltageRaw;
    }

    /** @return boots before the simulation started */
    public int initialBootCount() {
        return initialBootCount;
    }

    /** @return the counter for the next application uplink, starting at 0 (uint32, wraps) */
    public long nextUplinkCounter() {
        long value = uplinkCounter;
        uplinkCounter = (uplinkCounter + 1) & 0xFFFF_FFFFL;
        return value;
    }
}
