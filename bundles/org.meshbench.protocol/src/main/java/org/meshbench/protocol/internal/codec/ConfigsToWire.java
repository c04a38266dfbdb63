package org.meshbench.protocol.internal.codec;

import static org.meshbench.protocol.internal.codec.WireScalars.u32Bits;

import org.meshbench.protocol.internal.wire.WireCommon;
import org.meshbench.protocol.internal.wire.WireConfig;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;

/** Sink configurations and gateway information, API form to generated form. */
final class ConfigsToWire {

    private ConfigsToWire() {
    }

    static WireConfig.SinkReadConfig sinkReadConfig(SinkReadConfig c) {
        WireConfig.SinkReadConfig.Builder w = WireConfig.SinkReadConfig.newBuilder().setSinkId(c.sinkId());
        c.nodeRole().ifPresent(role -> w.setNodeRole(ValuesToWire.nodeRole(role)));
        c.nodeAddress().ifPresent(address -> w.setNodeAddress(u32Bits(address)));
        c.networkAddress().ifPresent(w::setNetworkAddress);
        c.networkChannel().ifPresent(channel -> w.setNetworkChannel(u32Bits(channel)));
        c.appConfig().ifPresent(config -> w.setAppConfig(ValuesToWire.appConfigData(config)));
        c.channelMap().ifPresent(map -> w.setChannelMap(u32Bits(map)));
        c.areKeysSet().ifPresent(w::setAreKeysSet);
        c.currentAcRange().ifPresent(range -> w.setCurrentAcRange(ValuesToWire.accessCycleRange(range)));
        c.acLimits().ifPresent(range -> w.setAcLimits(ValuesToWire.accessCycleRange(range)));
        c.maxMtu().ifPresent(mtu -> w.setMaxMtu(u32Bits(mtu)));
        c.channelLimits().ifPresent(range -> w.setChannelLimits(ValuesToWire.channelRange(range)));
        c.hwMagic().ifPresent(magic -> w.setHwMagic(u32Bits(magic)));
        c.stackProfile().ifPresent(profile -> w.setStackProfile(u32Bits(profile)));
        c.appConfigMaxSize().ifPresent(size -> w.setAppConfigMaxSize(u32Bits(size)));
        c.firmwareVersion().ifPresent(version -> w.setFirmwareVersion(ValuesToWire.firmwareVersion(version)));
        c.sinkState().ifPresent(state -> w.setSinkState(onOff(state, "sink_state")));
        c.storedScratchpad().ifPresent(info -> w.setStoredScratchpad(ValuesToWire.scratchpadInfo(info)));
        c.storedStatus().ifPresent(status -> w.setStoredStatus(
                WireCommon.ScratchpadStatus.forNumber(WireEnums.number(status, "stored_status"))));
        c.storedType().ifPresent(type -> w.setStoredType(
                WireCommon.ScratchpadType.forNumber(WireEnums.number(type, "stored_type"))));
        c.processedScratchpad().ifPresent(info -> w.setProcessedScratchpad(ValuesToWire.scratchpadInfo(info)));
        c.firmwareAreaId().ifPresent(id -> w.setFirmwareAreaId(u32Bits(id)));
        c.targetAndAction().ifPresent(target -> w.setTargetAndAction(ValuesToWire.targetAndAction(target)));
        c.configurationDataContent().forEach(item -> w.addConfigurationDataContent(
                ValuesToWire.configurationDataItem(item)));
        return w.buildPartial();
    }

    static WireConfig.SinkNewConfig sinkNewConfig(SinkNewConfig c) {
        WireConfig.SinkNewConfig.Builder w = WireConfig.SinkNewConfig.newBuilder().setSinkId(c.sinkId());
        c.nodeRole().ifPresent(role -> w.setNodeRole(ValuesToWire.nodeRole(role)));
        c.nodeAddress().ifPresent(address -> w.setNodeAddress(u32Bits(address)));
        c.networkAddress().ifPresent(w::setNetworkAddress);
        c.networkChannel().ifPresent(channel -> w.setNetworkChannel(u32Bits(channel)));
        c.appConfig().ifPresent(config -> w.setAppConfig(ValuesToWire.appConfigData(config)));
        c.channelMap().ifPresent(map -> w.setChannelMap(u32Bits(map)));
        c.keys().ifPresent(keys -> w.setKeys(ValuesToWire.networkKeys(keys)));
        c.currentAcRange().ifPresent(range -> w.setCurrentAcRange(ValuesToWire.accessCycleRange(range)));
        c.sinkState().ifPresent(state -> w.setSinkState(onOff(state, "sink_state")));
        c.networkKeys().ifPresent(keys -> w.setNetworkKeys(ValuesToWire.securityKeys(keys)));
        c.managementKeys().ifPresent(keys -> w.setManagementKeys(ValuesToWire.securityKeys(keys)));
        return w.buildPartial();
    }

    static WireConfig.GatewayInfo gatewayInfo(GatewayInfo info) {
        WireConfig.GatewayInfo.Builder w = WireConfig.GatewayInfo.newBuilder()
                .setCurrentTimeSEpoch(info.currentTimeSEpoch());
        info.gwModel().ifPresent(w::setGwModel);
        info.gwVersion().ifPresent(w::setGwVersion);
        info.implementedApiVersion().ifPresent(version -> w.setImplementedApiVersion(u32Bits(version)));
        info.maxScratchpadSize().ifPresent(size -> w.setMaxScratchpadSize(u32Bits(size)));
        info.gwFeatures().forEach(feature -> w.addGwFeatures(gatewayFeature(feature)));
        return w.buildPartial();
    }

    static WireCommon.OnOffState onOff(OnOffState state, String field) {
        return WireCommon.OnOffState.forNumber(WireEnums.number(state, field));
    }

    static WireCommon.GatewayFeature gatewayFeature(GatewayFeature feature) {
        return WireCommon.GatewayFeature.forNumber(WireEnums.number(feature, "gw_features"));
    }
}
