package org.meshbench.protocol.internal.codec;

import static org.meshbench.protocol.internal.codec.WireScalars.string;
import static org.meshbench.protocol.internal.codec.WireScalars.u32;
import static org.meshbench.protocol.internal.codec.WireScalars.u64;

import java.util.Optional;
import java.util.function.Function;
import org.meshbench.protocol.internal.wire.WireConfig;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ScratchpadStatus;
import org.meshbench.protocol.value.ScratchpadType;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;

/** Sink configurations and gateway information, generated form to API form. */
final class ConfigsFromWire {

    private ConfigsFromWire() {
    }

    static SinkReadConfig sinkReadConfig(WireConfig.SinkReadConfig w) {
        return new SinkReadConfig(w.getSinkId(),
                message(w.hasNodeRole(), w.getNodeRole(), ValuesFromWire::nodeRole),
                u32(w.hasNodeAddress(), w.getNodeAddress()),
                u64(w.hasNetworkAddress(), w.getNetworkAddress()),
                u32(w.hasNetworkChannel(), w.getNetworkChannel()),
                message(w.hasAppConfig(), w.getAppConfig(), ValuesFromWire::appConfigData),
                u32(w.hasChannelMap(), w.getChannelMap()),
                WireScalars.bool(w.hasAreKeysSet(), w.getAreKeysSet()),
                message(w.hasCurrentAcRange(), w.getCurrentAcRange(), ValuesFromWire::accessCycleRange),
                message(w.hasAcLimits(), w.getAcLimits(), ValuesFromWire::accessCycleRange),
                u32(w.hasMaxMtu(), w.getMaxMtu()),
                message(w.hasChannelLimits(), w.getChannelLimits(), ValuesFromWire::channelRange),
                u32(w.hasHwMagic(), w.getHwMagic()),
                u32(w.hasStackProfile(), w.getStackProfile()),
                u32(w.hasAppConfigMaxSize(), w.getAppConfigMaxSize()),
                message(w.hasFirmwareVersion(), w.getFirmwareVersion(), ValuesFromWire::firmwareVersion),
                WireEnums.optional(w.hasSinkState(), w.getSinkState(), w,
                        WireConfig.SinkReadConfig.SINK_STATE_FIELD_NUMBER).map(OnOffState::fromWireValue),
                message(w.hasStoredScratchpad(), w.getStoredScratchpad(), ValuesFromWire::scratchpadInfo),
                WireEnums.optional(w.hasStoredStatus(), w.getStoredStatus(), w,
                        WireConfig.SinkReadConfig.STORED_STATUS_FIELD_NUMBER).map(ScratchpadStatus::fromWireValue),
                WireEnums.optional(w.hasStoredType(), w.getStoredType(), w,
                        WireConfig.SinkReadConfig.STORED_TYPE_FIELD_NUMBER).map(ScratchpadType::fromWireValue),
                message(w.hasProcessedScratchpad(), w.getProcessedScratchpad(), ValuesFromWire::scratchpadInfo),
                u32(w.hasFirmwareAreaId(), w.getFirmwareAreaId()),
                message(w.hasTargetAndAction(), w.getTargetAndAction(), ValuesFromWire::targetAndAction),
                w.getConfigurationDataContentList().stream().map(ValuesFromWire::configurationDataItem).toList());
    }

    static SinkNewConfig sinkNewConfig(WireConfig.SinkNewConfig w) {
        return new SinkNewConfig(w.getSinkId(),
                message(w.hasNodeRole(), w.getNodeRole(), ValuesFromWire::nodeRole),
                u32(w.hasNodeAddress(), w.getNodeAddress()),
                u64(w.hasNetworkAddress(), w.getNetworkAddress()),
                u32(w.hasNetworkChannel(), w.getNetworkChannel()),
                message(w.hasAppConfig(), w.getAppConfig(), ValuesFromWire::appConfigData),
                u32(w.hasChannelMap(), w.getChannelMap()),
                message(w.hasKeys(), w.getKeys(), ValuesFromWire::networkKeys),
                message(w.hasCurrentAcRange(), w.getCurrentAcRange(), ValuesFromWire::accessCycleRange),
                WireEnums.optional(w.hasSinkState(), w.getSinkState(), w,
                        WireConfig.SinkNewConfig.SINK_STATE_FIELD_NUMBER).map(OnOffState::fromWireValue),
                message(w.hasNetworkKeys(), w.getNetworkKeys(), ValuesFromWire::securityKeys),
                message(w.hasManagementKeys(), w.getManagementKeys(), ValuesFromWire::securityKeys));
    }

    static GatewayInfo gatewayInfo(WireConfig.GatewayInfo w) {
        return new GatewayInfo(w.getCurrentTimeSEpoch(),
                string(w.hasGwModel(), w.getGwModel()),
                string(w.hasGwVersion(), w.getGwVersion()),
                u32(w.hasImplementedApiVersion(), w.getImplementedApiVersion()),
                u32(w.hasMaxScratchpadSize(), w.getMaxScratchpadSize()),
                WireEnums.repeated(w.getGwFeaturesList(), w, WireConfig.GatewayInfo.GW_FEATURES_FIELD_NUMBER)
                        .stream().map(GatewayFeature::fromWireValue).toList());
    }

    static <W, T> Optional<T> message(boolean has, W wire, Function<W, T> convert) {
        return has ? Optional.of(convert.apply(wire)) : Optional.empty();
    }
}
