package org.meshbench.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.meshbench.protocol.topic.TopicIds;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.simulator.internal.sink.ProvisioningLayout;

/** Builds a {@link SimulatorConfig}; {@link #build()} checks every value. Not thread-safe. */
public final class SimulatorConfigBuilder {

    /** Most nodes one network may hold: addresses are drawn from 24 bits. */
    public static final int MAX_NODES_PER_SINK = 1_000_000;
    /** Most sinks one gateway may have. */
    public static final int MAX_SINKS_PER_GATEWAY = 64;
    /** Largest payload a default sink carries (its max_mtu). */
    public static final int MAX_MTU = 102;

    // Package-private: SimulatorConfig reads these as they are.
    int gateways = 1;
    int sinksPerGateway = 1;
    int nodesPerSink = 10;
    double uplinkRate = 1;
    long seed;
    ValidationMode validation = ValidationMode.OFFICIAL;
    String gatewayIdPrefix = "sim-gw";
    Clock clock = Clock.systemUTC();
    FailureInjection failures = FailureInjection.none();
    Set<Integer> sizeOnlyEndpoints = Set.of();
    int applicationSourceEndpoint = SimulatorEndpoints.DEFAULT_APPLICATION;
    int applicationDestinationEndpoint = SimulatorEndpoints.DEFAULT_APPLICATION;
    int uplinkPayloadSize = 16;
    double diagnosticsShare = 0.1;
    Duration rebootDelay = Duration.ofSeconds(2);
    Duration hopLatency = Duration.ofMillis(10);
    String gatewayModel = "meshbench-simulator";
    String gatewayVersion = "0.1.0";
    long maxScratchpadSize = 64 * 1024;
    Whitelist provisioning;

    SimulatorConfigBuilder() {
    }

    SimulatorConfigBuilder copy() {
        SimulatorConfigBuilder copy = new SimulatorConfigBuilder();
        copy.gateways = gateways;
        copy.sinksPerGateway = sinksPerGateway;
        copy.nodesPerSink = nodesPerSink;
        copy.uplinkRate = uplinkRate;
        copy.seed = seed;
        copy.validation = validation;
        copy.gatewayIdPrefix = gatewayIdPrefix;
        copy.clock = clock;
        copy.failures = failures;
        copy.sizeOnlyEndpoints = sizeOnlyEndpoints;
        copy.applicationSourceEndpoint = applicationSourceEndpoint;
        copy.applicationDestinationEndpoint = applicationDestinationEndpoint;
        copy.uplinkPayloadSize = uplinkPayloadSize;
        copy.diagnosticsShare = diagnosticsShare;
        copy.rebootDelay = rebootDelay;
        copy.hopLatency = hopLatency;
        copy.gatewayModel = gatewayModel;
        copy.gatewayVersion = gatewayVersion;
        copy.maxScratchpadSize = maxScratchpadSize;
        copy.provisioning = provisioning;
        return copy;
    }

    /**
     * @param gatewayCount number of gateways, at least 1
     * @param sinksPerGatewayCount sinks per gateway, 1..{@value #MAX_SINKS_PER_GATEWAY}
     * @param nodesPerSinkCount nodes per sink network, 0..{@value #MAX_NODES_PER_SINK}
     * @return this builder
     */
    public SimulatorConfigBuilder size(int gatewayCount, int sinksPerGatewayCount, int nodesPerSinkCount) {
        this.gateways = gatewayCount;
        this.sinksPerGateway = sinksPerGatewayCount;
        this.nodesPerSink = nodesPerSinkCount;
        return this;
    }

    /**
     * @param packetsPerSecond uplink packets per second over the whole fleet, 0 or more
     * @return this builder
     */
    public SimulatorConfigBuilder uplinkRate(double packetsPerSecond) {
        this.uplinkRate = packetsPerSecond;
        return this;
    }

    /**
     * @param value the seed of every random choice
     * @return this builder
     */
    public SimulatorConfigBuilder seed(long value) {
        this.seed = value;
        return this;
    }

    /**
     * @param mode how strictly requests are checked
     * @return this builder
     */
    public SimulatorConfigBuilder validation(ValidationMode mode) {
        this.validation = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /**
     * @param prefix gateway ids become {@code <prefix>-<index>}; must be a valid topic level
     * @return this builder
     */
    public SimulatorConfigBuilder gatewayIdPrefix(String prefix) {
        this.gatewayIdPrefix = Objects.requireNonNull(prefix, "prefix");
        return this;
    }

    /**
     * @param source the clock of every timestamp and delay, for example a test's fixed clock
     * @return this builder
     */
    public SimulatorConfigBuilder clock(Clock source) {
        this.clock = Objects.requireNonNull(source, "source");
        return this;
    }

    /**
     * @param injection the faults to inject
     * @return this builder
     */
    public SimulatorConfigBuilder failures(FailureInjection injection) {
        this.failures = Objects.requireNonNull(injection, "injection");
        return this;
    }

    /**
     * @param destinationEndpoints endpoints, 0..255, whose packets carry payload_size instead of the payload
     * @return this builder
     */
    public SimulatorConfigBuilder sizeOnlyEndpoints(Set<Integer> destinationEndpoints) {
        this.sizeOnlyEndpoints = Set.copyOf(destinationEndpoints);
        return this;
    }

    /**
     * @param source      source endpoint of the periodic application uplink, 0..255
     * @param destination its destination endpoint, 0..255
     * @param payloadSize its payload size, 4..{@value #MAX_MTU}
     * @return this builder
     */
    public SimulatorConfigBuilder applicationUplink(int source, int destination, int payloadSize) {
        this.applicationSourceEndpoint = source;
        this.applicationDestinationEndpoint = destination;
        this.uplinkPayloadSize = payloadSize;
        return this;
    }

    /**
     * @param share share of the uplink that is diagnostics, 0..1
     * @return this builder
     */
    public SimulatorConfigBuilder diagnosticsShare(double share) {
        this.diagnosticsShare = share;
        return this;
    }

    /**
     * @param reboot time to process a scratchpad and boot, 0 or more
     * @param perHop travel time per hop, 0 or more
     * @return this builder
     */
    public SimulatorConfigBuilder timing(Duration reboot, Duration perHop) {
        this.rebootDelay = Objects.requireNonNull(reboot, "reboot");
        this.hopLatency = Objects.requireNonNull(perHop, "perHop");
        return this;
    }

    /**
     * @param model             gateway model to announce
     * @param version           gateway version to announce
     * @param maxScratchpadBytes largest scratchpad accepted in one request, at least 16
     * @return this builder
     */
    public SimulatorConfigBuilder gatewayProfile(String model, String version, long maxScratchpadBytes) {
        this.gatewayModel = Objects.requireNonNull(model, "model");
        this.gatewayVersion = Objects.requireNonNull(version, "version");
        this.maxScratchpadSize = maxScratchpadBytes;
        return this;
    }

    /**
     * @param whitelist adds per entry a node that is not provisioned yet, on the sink of the entry's
     *            network (the first sinks take the whitelist's networks), plus one node whose UID is
     *            not listed; null for none
     * @return this builder
     */
    public SimulatorConfigBuilder provisioning(Whitelist whitelist) {
        this.provisioning = whitelist;
        return this;
    }

    /**
     * @return the configuration
     * @throws IllegalArgumentException naming the first value out of range
     */
    public SimulatorConfig build() {
        requireRange("gateways", gateways, 1, Integer.MAX_VALUE);
        requireRange("sinks per gateway", sinksPerGateway, 1, MAX_SINKS_PER_GATEWAY);
        requireRange("nodes per sink", nodesPerSink, 0, MAX_NODES_PER_SINK);
        if (!(uplinkRate >= 0 && Double.isFinite(uplinkRate))) {
            throw new IllegalArgumentException("uplink rate must be a finite number ≥ 0, was " + uplinkRate);
        }
        TopicIds.requireValid("gateway id", gatewayIdPrefix + "-0");
        sizeOnlyEndpoints.forEach(endpoint -> requireRange("size-only endpoint", endpoint, 0, 255));
        requireRange("application source endpoint", applicationSourceEndpoint, 0, 255);
        requireRange("application destination endpoint", applicationDestinationEndpoint, 0, 255);
        requireRange("uplink payload size", uplinkPayloadSize, 4, MAX_MTU);
        if (!(diagnosticsShare >= 0 && diagnosticsShare <= 1)) {
            throw new IllegalArgumentException("diagnostics share must be within 0..1, was " + diagnosticsShare);
        }
        if (rebootDelay.isNegative() || hopLatency.isNegative()) {
            throw new IllegalArgumentException("reboot delay and hop latency must not be negative");
        }
        if (maxScratchpadSize < 16 || maxScratchpadSize > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("max scratchpad size must be 16..4294967295, was " + maxScratchpadSize);
        }
        if (provisioning != null) {
            List<Long> networks = ProvisioningLayout.networks(provisioning);
            requireRange("networks of the whitelist", networks.size(), 0, (long) gateways * sinksPerGateway);
            networks.forEach(address -> requireRange("network address", address, 1, SimulatedFleet.MAX_NETWORK_ADDRESS));
        }
        return new SimulatorConfig(this);
    }

    private static void requireRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be within " + min + ".." + max + ", was " + value);
        }
    }
}
