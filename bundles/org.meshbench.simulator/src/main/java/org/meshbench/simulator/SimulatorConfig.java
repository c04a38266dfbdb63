package org.meshbench.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.meshbench.provisioning.Whitelist;

/**
 * What to simulate: how many gateways, sinks and nodes, how much traffic, which seed, which faults.
 * Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <p>Gateway ids are {@code <prefix>-0}, {@code <prefix>-1}, …; sink ids {@code sink0}, {@code sink1}, ….
 * Each sink runs its own network of {@link #nodesPerSink()} nodes. Network and node addresses, event
 * ids and payload bytes all come from {@link #seed()}: the same seed and the same sequence of
 * requests and clock readings give the same messages, byte for byte.
 */
public final class SimulatorConfig {

    private final SimulatorConfigBuilder values;

    SimulatorConfig(SimulatorConfigBuilder values) {
        this.values = values.copy();
    }

    /** @return a builder with the defaults: 1 gateway, 1 sink, 10 nodes, 1 packet/s, seed 0 */
    public static SimulatorConfigBuilder builder() {
        return new SimulatorConfigBuilder();
    }

    /** @return a builder holding these settings, to change some of them */
    public SimulatorConfigBuilder toBuilder() {
        return values.copy();
    }

    /** @return number of gateways */
    public int gateways() {
        return values.gateways;
    }

    /** @return number of sinks per gateway */
    public int sinksPerGateway() {
        return values.sinksPerGateway;
    }

    /** @return number of nodes in each sink's network, not counting the sink */
    public int nodesPerSink() {
        return values.nodesPerSink;
    }

    /** @return uplink packets per second over the whole fleet, spread evenly over the gateways */
    public double uplinkRate() {
        return values.uplinkRate;
    }

    /** @return the seed of every random choice */
    public long seed() {
        return values.seed;
    }

    /** @return how strictly requests are checked */
    public ValidationMode validation() {
        return values.validation;
    }

    /** @return the prefix of the gateway ids */
    public String gatewayIdPrefix() {
        return values.gatewayIdPrefix;
    }

    /** @return the clock of every timestamp and delay */
    public Clock clock() {
        return values.clock;
    }

    /** @return the faults to inject */
    public FailureInjection failures() {
        return values.failures;
    }

    /**
     * @return destination endpoints whose packets are published with payload_size and without
     *         payload (the official gateway's "whitened" endpoints)
     */
    public Set<Integer> sizeOnlyEndpoints() {
        return values.sizeOnlyEndpoints;
    }

    /** @return source endpoint of the periodic application uplink */
    public int applicationSourceEndpoint() {
        return values.applicationSourceEndpoint;
    }

    /** @return destination endpoint of the periodic application uplink */
    public int applicationDestinationEndpoint() {
        return values.applicationDestinationEndpoint;
    }

    /** @return size of an application uplink payload: a 4-byte counter, then seeded random bytes */
    public int uplinkPayloadSize() {
        return values.uplinkPayloadSize;
    }

    /** @return share of the uplink that is diagnostics, while a sink's diagnostic interval is not 0 */
    public double diagnosticsShare() {
        return values.diagnosticsShare;
    }

    /** @return time a sink or node needs to process a scratchpad and boot the new firmware */
    public Duration rebootDelay() {
        return values.rebootDelay;
    }

    /** @return travel time per hop, for uplink travel_time_ms and for replies to downlink */
    public Duration hopLatency() {
        return values.hopLatency;
    }

    /** @return the gateway model announced in status and gateway info */
    public String gatewayModel() {
        return values.gatewayModel;
    }

    /** @return the gateway version announced in status and gateway info */
    public String gatewayVersion() {
        return values.gatewayVersion;
    }

    /** @return the largest scratchpad accepted in one upload request; larger ones go in chunks */
    public long maxScratchpadSize() {
        return values.maxScratchpadSize;
    }

    /** @return the whitelist whose nodes are to be provisioned, if any */
    public Optional<Whitelist> provisioning() {
        return Optional.ofNullable(values.provisioning);
    }

    /**
     * @param index gateway index, 0..{@link #gateways()}-1
     * @return that gateway's id
     */
    public String gatewayId(int index) {
        return values.gatewayIdPrefix + "-" + index;
    }

    @Override
    public String toString() {
        return "SimulatorConfig[" + values.gateways + " gateways × " + values.sinksPerGateway + " sinks × "
                + values.nodesPerSink + " nodes, " + values.uplinkRate + " packets/s, seed " + values.seed + ", "
                + values.validation + "]";
    }
}
