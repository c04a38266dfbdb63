package org.meshbench.protocol.value;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The writable part of a sink's configuration, sent in a set_config request ({@code SinkNewConfig}).
 * Fields left unset are not changed by the gateway.
 *
 * @param sinkId the id of the sink to configure (not null)
 * @param nodeRole new role of the sink node
 * @param nodeAddress new node address (uint32)
 * @param networkAddress new network address (uint64, unsigned)
 * @param networkChannel new network channel (uint32)
 * @param appConfig new application configuration
 * @param channelMap new channel map (uint32)
 * @param keys network keys through the legacy field
 * @param currentAcRange new access cycle range
 * @param sinkState start or stop the sink
 * @param networkKeys network keys with sequence (SINK_KEY_MANAGEMENT_V1)
 * @param managementKeys management keys with sequence (SINK_KEY_MANAGEMENT_V1)
 */
public record SinkNewConfig(String sinkId, Optional<NodeRole> nodeRole, OptionalLong nodeAddress,
        OptionalLong networkAddress, OptionalLong networkChannel, Optional<AppConfigData> appConfig,
        OptionalLong channelMap, Optional<NetworkKeys> keys, Optional<AccessCycleRange> currentAcRange,
        Optional<OnOffState> sinkState, Optional<SecurityKeys> networkKeys,
        Optional<SecurityKeys> managementKeys) {

    /** Checks the components. */
    public SinkNewConfig {
        Objects.requireNonNull(sinkId, "sinkId");
        Objects.requireNonNull(nodeRole, "nodeRole");
        Uint32.require("node_address", nodeAddress);
        Objects.requireNonNull(networkAddress, "networkAddress");
        Uint32.require("network_channel", networkChannel);
        Objects.requireNonNull(appConfig, "appConfig");
        Uint32.require("channel_map", channelMap);
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(currentAcRange, "currentAcRange");
        Objects.requireNonNull(sinkState, "sinkState");
        Objects.requireNonNull(networkKeys, "networkKeys");
        Objects.requireNonNull(managementKeys, "managementKeys");
    }

    /**
     * @param sinkId the id of the sink to configure
     * @return a builder whose optional fields start unset
     */
    public static Builder builder(String sinkId) {
        return new Builder(sinkId);
    }

    /** Builds a {@link SinkNewConfig}; every setter sets one field. Not thread-safe. */
    public static final class Builder {

        private final String sinkId;
        private Optional<NodeRole> nodeRole = Optional.empty();
        private OptionalLong nodeAddress = OptionalLong.empty();
        private OptionalLong networkAddress = OptionalLong.empty();
        private OptionalLong networkChannel = OptionalLong.empty();
        private Optional<AppConfigData> appConfig = Optional.empty();
        private OptionalLong channelMap = OptionalLong.empty();
        private Optional<NetworkKeys> keys = Optional.empty();
        private Optional<AccessCycleRange> currentAcRange = Optional.empty();
        private Optional<OnOffState> sinkState = Optional.empty();
        private Optional<SecurityKeys> networkKeys = Optional.empty();
        private Optional<SecurityKeys> managementKeys = Optional.empty();

        private Builder(String sinkId) {
            this.sinkId = sinkId;
        }

        /**
         * @param value the new {@code node_role}
         * @return this builder
         */
        public Builder nodeRole(NodeRole value) {
            this.nodeRole = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code node_address}
         * @return this builder
         */
        public Builder nodeAddress(long value) {
            this.nodeAddress = OptionalLong.of(value);
            return this;
        }

        /**
         * @param value the new {@code network_address}
         * @return this builder
         */
        public Builder networkAddress(long value) {
            this.networkAddress = OptionalLong.of(value);
            return this;
        }

        /**
         * @param value the new {@code network_channel}
         * @return this builder
         */
        public Builder networkChannel(long value) {
            this.networkChannel = OptionalLong.of(value);
            return this;
        }

        /**
         * @param value the new {@code app_config}
         * @return this builder
         */
        public Builder appConfig(AppConfigData value) {
            this.appConfig = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code channel_map}
         * @return this builder
         */
        public Builder channelMap(long value) {
            this.channelMap = OptionalLong.of(value);
            return this;
        }

        /**
         * @param value the new {@code keys}
         * @return this builder
         */
        public Builder keys(NetworkKeys value) {
            this.keys = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code current_ac_range}
         * @return this builder
         */
        public Builder currentAcRange(AccessCycleRange value) {
            this.currentAcRange = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code sink_state}
         * @return this builder
         */
        public Builder sinkState(OnOffState value) {
            this.sinkState = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code network_keys}
         * @return this builder
         */
        public Builder networkKeys(SecurityKeys value) {
            this.networkKeys = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code management_keys}
         * @return this builder
         */
        public Builder managementKeys(SecurityKeys value) {
            this.managementKeys = Optional.of(value);
            return this;
        }

        /** @return the new configuration */
        public SinkNewConfig build() {
            return new SinkNewConfig(sinkId, nodeRole, nodeAddress, networkAddress, networkChannel,
                    appConfig, channelMap, keys, currentAcRange, sinkState, networkKeys,
                    managementKeys);
        }
    }
}
