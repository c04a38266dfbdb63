package org.meshbench.network;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of a {@link NetworkClient} beyond the MQTT connection. Immutable; build one with
 * {@link #builder()}, or take {@link #defaults()}.
 *
 * @param requestTimeout default wait for a gateway's response
 * @param slowRequestAllowance added to the timeout of set_config and scratchpad upload/process
 *            (unless a per-call timeout is given), since the sink may reboot or write flash
 * @param gatewayTimeouts per-gateway response timeouts that replace {@code requestTimeout}
 * @param workerThreads threads that run listeners and complete futures
 * @param listenerQueueCapacity events that may wait per listener before new ones are dropped
 * @param maxPendingRequests requests that may wait for a response at once
 * @param duplicateWindow recent received-data event ids remembered to drop QoS 1 duplicates
 * @param maxNodes nodes the node store holds; beyond it the least recently seen are dropped
 * @param nodeExpiry a node silent for longer is removed; {@link Duration#ZERO} keeps nodes
 * @param downlinkCapacity send_data requests that may wait for their response in the downlink
 *            tracker
 * @param downlinkTimeout a tracked send_data request without response is reported unanswered
 *            after this time
 * @param lateResponseMemory timed-out or aborted request ids remembered to recognise late responses
 * @param maintenanceInterval how often node expiry and the downlink tracker are checked
 * @param receiveData whether to subscribe to received data (off: no nodes, no data listeners)
 * @param sniffDownlinks whether to subscribe to every backend's send_data requests for downlink
 *            listeners
 * @param fetchMissingConfigs whether to ask an online gateway whose status lists no sink for its
 *            configs
 * @param maxGateways gateways the model holds; beyond it those never configured and silent longest go first
 */
public record NetworkClientOptions(Duration requestTimeout, Duration slowRequestAllowance,
        Map<String, Duration> gatewayTimeouts, int workerThreads, int listenerQueueCapacity,
        int maxPendingRequests, int duplicateWindow, int maxNodes, Duration nodeExpiry, int downlinkCapacity,
        Duration downlinkTimeout, int lateResponseMemory, Duration maintenanceInterval, boolean receiveData,
        boolean sniffDownlinks, boolean fetchMissingConfigs, int maxGateways) {

    private static final NetworkClientOptions DEFAULTS = builder().build();

    /** Checks the values and copies the map. */
    public NetworkClientOptions {
        positive("request timeout", requestTimeout);
        Objects.requireNonNull(slowRequestAllowance, "slowRequestAllowance");
        gatewayTimeouts = Map.copyOf(gatewayTimeouts);
        gatewayTimeouts.values().forEach(timeout -> positive("gateway timeout", timeout));
        atLeastOne("worker threads", workerThreads);
        atLeastOne("listener queue capacity", listenerQueueCapacity);
        atLeastOne("max pending requests", maxPendingRequests);
        atLeastOne("duplicate window", duplicateWindow);
        atLeastOne("max nodes", maxNodes);
        atLeastOne("max gateways", maxGateways);
        Objects.requireNonNull(nodeExpiry, "nodeExpiry");
        atLeastOne("downlink capacity", downlinkCapacity);
        positive("downlink timeout", downlinkTimeout);
        atLeastOne("late response memory", lateResponseMemory);
        positive("maintenance interval", maintenanceInterval);
        if (slowRequestAllowance.isNegative() || nodeExpiry.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    private static void positive(String what, Duration value) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }

    private static void atLeastOne(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + value);
        }
    }

    /** @return the defaults: 5 s requests (+30 s slow), 2 workers, 2,000,000 nodes kept 24 h */
    public static NetworkClientOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link NetworkClientOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration requestTimeout = Duration.ofSeconds(5);
        private Duration slowRequestAllowance = Duration.ofSeconds(30);
        private Map<String, Duration> gatewayTimeouts = Map.of();
        private int workerThreads = 2;
        private int listenerQueueCapacity = 10_000;
        private int maxPendingRequests = 1_000;
        private int duplicateWindow = 65_536;
        private int maxNodes = 2_000_000;
        private Duration nodeExpiry = Duration.ofHours(24);
        private int downlinkCapacity = 10_000;
        private Duration downlinkTimeout = Duration.ofSeconds(60);
        private int lateResponseMemory = 1_000;
        private Duration maintenanceInterval = Duration.ofSeconds(5);
        private boolean receiveData = true;
        private boolean sniffDownlinks = true;
        private boolean fetchMissingConfigs = true;
        private int maxGateways = 10_000;

        private Builder() {
        }

        /**
         * @param value default response timeout
         * @return this builder
         */
        public Builder requestTimeout(Duration value) {
            requestTimeout = value;
            return this;
        }

        /**
         * @param value extra time of slow requests
         * @return this builder
         */
        public Builder slowRequestAllowance(Duration value) {
            slowRequestAllowance = value;
            return this;
        }

        /**
         * @param value per-gateway response timeouts
         * @return this builder
         */
        public Builder gatewayTimeouts(Map<String, Duration> value) {
            gatewayTimeouts = value;
            return this;
        }

        /**
         * @param value worker threads
         * @return this builder
         */
        public Builder workerThreads(int value) {
            workerThreads = value;
            return this;
        }

        /**
         * @param value queue capacity per listener
         * @return this builder
         */
        public Builder listenerQueueCapacity(int value) {
            listenerQueueCapacity = value;
            return this;
        }

        /**
         * @param value concurrent requests
         * @return this builder
         */
        public Builder maxPendingRequests(int value) {
            maxPendingRequests = value;
            return this;
        }

        /**
         * @param value remembered event ids
         * @return this builder
         */
        public Builder duplicateWindow(int value) {
            duplicateWindow = value;
            return this;
        }

        /**
         * @param value node store capacity
         * @return this builder
         */
        public Builder maxNodes(int value) {
            maxNodes = value;
            return this;
        }

        /**
         * @param value silence after which a node is removed, zero for never
         * @return this builder
         */
        public Builder nodeExpiry(Duration value) {
            nodeExpiry = value;
            return this;
        }

        /**
         * @param value tracked downlinks
         * @return this builder
         */
        public Builder downlinkCapacity(int value) {
            downlinkCapacity = value;
            return this;
        }

        /**
         * @param value wait for a downlink's response
         * @return this builder
         */
        public Builder downlinkTimeout(Duration value) {
            downlinkTimeout = value;
            return this;
        }

        /**
         * @param value remembered abandoned request ids
         * @return this builder
         */
        public Builder lateResponseMemory(int value) {
            lateResponseMemory = value;
            return this;
        }

        /**
         * @param value period of expiry checks
         * @return this builder
         */
        public Builder maintenanceInterval(Duration value) {
            maintenanceInterval = value;
            return this;
        }

        /**
         * @param value whether to subscribe to received data
         * @return this builder
         */
        public Builder receiveData(boolean value) {
            receiveData = value;
            return this;
        }

        /**
         * @param value whether to watch every backend's send_data requests
         * @return this builder
         */
        public Builder sniffDownlinks(boolean value) {
            sniffDownlinks = value;
            return this;
        }

        /**
         * @param value whether to fetch configs an online status lacks
         * @return this builder
         */
        public Builder fetchMissingConfigs(boolean value) {
            fetchMissingConfigs = value;
            return this;
        }

        /**
         * @param value gateways the model holds at most
         * @return this builder
         */
        public Builder maxGateways(int value) {
            maxGateways = value;
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException if a value is out of range
         */
        public NetworkClientOptions build() {
            return new NetworkClientOptions(requestTimeout, slowRequestAllowance, gatewayTimeouts, workerThreads,
                    listenerQueueCapacity, maxPendingRequests, duplicateWindow, maxNodes, nodeExpiry,
                    downlinkCapacity, downlinkTimeout, lateResponseMemory, maintenanceInterval, receiveData,
                    sniffDownlinks, fetchMissingConfigs, maxGateways);
        }
    }
}
