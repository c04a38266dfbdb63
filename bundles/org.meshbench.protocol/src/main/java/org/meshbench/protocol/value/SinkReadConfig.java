package org.meshbench.protocol.value;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A sink's configuration as read back by its gateway ({@code SinkReadConfig}), in status events,
 * get_configs responses and set_config responses. Only the sink id is always present: a stopped or
 * unconfigured sink may report nothing else.
 *
 * @param sinkId the sink's id on its gateway (not null)
 * @param nodeRole role of the sink node
 * @param nodeAddress node address of the sink (uint32)
 * @param networkAddress network address (uint64, unsigned)
 * @param networkChannel network channel (uint32)
 * @param appConfig application configuration
 * @param channelMap channel map (uint32)
 * @param areKeysSet whether network keys are set (the keys are never read back)
 * @param currentAcRange access cycle range in use
 * @param acLimits access cycle range the sink supports (read-only)
 * @param maxMtu largest packet size (read-only) (uint32)
 * @param channelLimits channels the sink supports (read-only)
 * @param hwMagic hardware magic number (read-only) (uint32)
 * @param stackProfile radio stack profile (read-only) (uint32)
 * @param appConfigMaxSize largest application configuration (read-only) (uint32)
 * @param firmwareVersion stack firmware version (read-only)
 * @param sinkState whether the sink is started
 * @param storedScratchpad scratchpad stored in the sink
 * @param storedStatus status of the stored scratchpad
 * @param storedType type of the stored scratchpad
 * @param processedScratchpad scratchpad the running firmware came from
 * @param firmwareAreaId firmware area id (uint32)
 * @param targetAndAction OTAP target and action (newer sinks only)
 * @param configurationDataContent configuration data items, in wire order (copied)
 */
public record SinkReadConfig(String sinkId, Optional<NodeRole> nodeRole, OptionalLong nodeAddress,
        OptionalLong networkAddress, OptionalLong networkChannel, Optional<AppConfigData> appConfig,
        OptionalLong channelMap, Optional<Boolean> areKeysSet, Optional<AccessCycleRange> currentAcRange,
        Optional<AccessCycleRange> acLimits, OptionalLong maxMtu, Optional<ChannelRange> channelLimits,
        OptionalLong hwMagic, OptionalLong stackProfile, OptionalLong appConfigMaxSize,
        Optional<FirmwareVersion> firmwareVersion, Optional<OnOffState> sinkState,
        Optional<ScratchpadInfo> storedScratchpad, Optional<ScratchpadStatus> storedStatus,
        Optional<ScratchpadType> storedType, Optional<ScratchpadInfo> processedScratchpad,
        OptionalLong firmwareAreaId, Optional<TargetScratchpadAndAction> targetAndAction,
        List<ConfigurationDataItem> configurationDataContent) {

    /** Checks the components and copies the lists. */
    public SinkReadConfig {
        Objects.requireNonNull(sinkId, "sinkId");
        Objects.requireNonNull(nodeRole, "nodeRole");
        Uint32.require("node_address", nodeAddress);
        Objects.requireNonNull(networkAddress, "networkAddress");
        Uint32.require("network_channel", networkChannel);
        Objects.requireNonNull(appConfig, "appConfig");
        Uint32.require("channel_map", channelMap);
        Objects.requireNonNull(areKeysSet, "areKeysSet");
        Objects.requireNonNull(currentAcRange, "currentAcRange");
        Objects.requireNonNull(acLimits, "acLimits");
        Uint32.require("max_mtu", maxMtu);
        Objects.requireNonNull(channelLimits, "channelLimits");
        Uint32.require("hw_magic", hwMagic);
        Uint32.require("stack_profile", stackProfile);
        Uint32.require("app_config_max_size", appConfigMaxSize);
        Objects.requireNonNull(firmwareVersion, "firmwareVersion");
        Objects.requireNonNull(sinkState, "sinkState");
        Objects.requireNonNull(storedScratchpad, "storedScratchpad");
        Objects.requireNonNull(storedStatus, "storedStatus");
        Objects.requireNonNull(storedType, "storedType");
        Objects.requireNonNull(processedScratchpad, "processedScratchpad");
        Uint32.require("firmware_area_id", firmwareAreaId);
        Objects.requireNonNull(targetAndAction, "targetAndAction");
        configurationDataContent = List.copyOf(configurationDataContent);
    }

    /**
     * @param sinkId the sink's id on its gateway
     * @return a builder whose optional fields start unset and whose lists start empty
     */
    public static Builder builder(String sinkId) {
        return new Builder(sinkId);
    }

    /** Builds a {@link SinkReadConfig}; every setter sets one field. Not thread-safe. */
    public static final class Builder {

        private final String sinkId;
        private Optional<NodeRole> nodeRole = Optional.empty();
        private OptionalLong nodeAddress = OptionalLong.empty();
        private OptionalLong networkAddress = OptionalLong.empty();
        private OptionalLong networkChannel = OptionalLong.empty();
        private Optional<AppConfigData> appConfig = Optional.empty();
        private OptionalLong channelMap = OptionalLong.empty();
        private Optional<Boolean> areKeysSet = Optional.empty();
        private Optional<AccessCycleRange> currentAcRange = Optional.empty();
        private Optional<AccessCycleRange> acLimits = Optional.empty();
        private OptionalLong maxMtu = OptionalLong.empty();
        private Optional<ChannelRange> channelLimits = Optional.empty();
        private OptionalLong hwMagic = OptionalLong.empty();
        private OptionalLong stackProfile = OptionalLong.empty();
        private OptionalLong appConfigMaxSize = OptionalLong.empty();
        private Optional<FirmwareVersion> firmwareVersion = Optional.empty();
        private Optional<OnOffState> sinkState = Optional.empty();
        private Optional<ScratchpadInfo> storedScratchpad = Optional.empty();
        private Optional<ScratchpadStatus> storedStatus = Optional.empty();
        private Optional<ScratchpadType> storedType = Optional.empty();
        private Optional<ScratchpadInfo> processedScratchpad = Optional.empty();
        private OptionalLong firmwareAreaId = OptionalLong.empty();
        private Optional<TargetScratchpadAndAction> targetAndAction = Optional.empty();
        private List<ConfigurationDataItem> configurationDataContent = List.of();

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
         * @param value the new {@code are_keys_set}
         * @return this builder
         */
        public Builder areKeysSet(boolean value) {
            this.areKeysSet = Optional.of(value);
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
         * @param value the new {@code ac_limits}
         * @return this builder
         */
        public Builder acLimits(AccessCycleRange value) {
            this.acLimits = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code max_mtu}
         * @return this builder
         */
        public Builder maxMtu(long value) {
            this.maxMtu = OptionalLong.of(value);
            return this;
        }

        /**
         * @param value the new {@code channel_limits}
         * @return this builder
         */
        public Builder channelLimits(ChannelRange value) {
            this.channelLimits = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code hw_magic}
         * @return this builder
         */
        public Builder hwMagic(long value) {
            this.hwMagic = OptionalLong.of(value);
            return this;
        }

        /**
         * @param value the new {@code stack_profile}
         * @return this builder
         */
        public Builder stackProfile(long value) {
            this.stackProfile = OptionalLong.of(value);
            return this;
        }

        /**
         * @param value the new {@code app_config_max_size}
         * @return this builder
         */
        public Builder appConfigMaxSize(long value) {
            this.appConfigMaxSize = OptionalLong.of(value);
            return this;
        }

        /**
         * @param value the new {@code firmware_version}
         * @return this builder
         */
        public Builder firmwareVersion(FirmwareVersion value) {
            this.firmwareVersion = Optional.of(value);
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
         * @param value the new {@code stored_scratchpad}
         * @return this builder
         */
        public Builder storedScratchpad(ScratchpadInfo value) {
            this.storedScratchpad = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code stored_status}
         * @return this builder
         */
        public Builder storedStatus(ScratchpadStatus value) {
            this.storedStatus = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code stored_type}
         * @return this builder
         */
        public Builder storedType(ScratchpadType value) {
            this.storedType = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code processed_scratchpad}
         * @return this builder
         */
        public Builder processedScratchpad(ScratchpadInfo value) {
            this.processedScratchpad = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code firmware_area_id}
         * @return this builder
         */
        public Builder firmwareAreaId(long value) {
            this.firmwareAreaId = OptionalLong.of(value);
            return this;
        }

        /**
         * @param value the new {@code target_and_action}
         * @return this builder
         */
        public Builder targetAndAction(TargetScratchpadAndAction value) {
            this.targetAndAction = Optional.of(value);
            return this;
        }

        /**
         * @param value the new {@code configuration_data_content}
         * @return this builder
         */
        public Builder configurationDataContent(List<ConfigurationDataItem> value) {
            this.configurationDataContent = List.copyOf(value);
            return this;
        }

        /** @return the configuration */
        public SinkReadConfig build() {
            return new SinkReadConfig(sinkId, nodeRole, nodeAddress, networkAddress, networkChannel,
                    appConfig, channelMap, areKeysSet, currentAcRange, acLimits, maxMtu,
                    channelLimits, hwMagic, stackProfile, appConfigMaxSize, firmwareVersion,
                    sinkState, storedScratchpad, storedStatus, storedType, processedScratchpad,
                    firmwareAreaId, targetAndAction, configurationDataContent);
        }
    }
}
