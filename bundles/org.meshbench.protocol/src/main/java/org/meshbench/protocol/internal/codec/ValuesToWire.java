package org.meshbench.protocol.internal.codec;

import static org.meshbench.protocol.internal.codec.WireScalars.byteString;
import static org.meshbench.protocol.internal.codec.WireScalars.u32Bits;

import org.meshbench.protocol.internal.wire.WireCommon;
import org.meshbench.protocol.internal.wire.WireConfig;
import org.meshbench.protocol.internal.wire.WireOtap;
import org.meshbench.protocol.value.AccessCycleRange;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.ChannelRange;
import org.meshbench.protocol.value.ChunkInfo;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.NetworkKeys;
import org.meshbench.protocol.value.NodeRole;
import org.meshbench.protocol.value.RoleFlag;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.SecurityKeys;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/**
 * Small value messages, API form to generated form. Uses {@code buildPartial()}: the API's
 * records already guarantee every required field.
 */
final class ValuesToWire {

    private ValuesToWire() {
    }

    static WireConfig.NodeRole nodeRole(NodeRole role) {
        WireConfig.NodeRole.Builder wire = WireConfig.NodeRole.newBuilder()
                .setRole(WireConfig.NodeRole.BaseRole.forNumber(WireEnums.number(role.role(), "node_role.role")));
        for (RoleFlag flag : role.flags()) {
            wire.addFlags(WireConfig.NodeRole.RoleFlags.forNumber(WireEnums.number(flag, "node_role.flags")));
        }
        return wire.buildPartial();
    }

    static WireConfig.AccessCycleRange accessCycleRange(AccessCycleRange range) {
        return WireConfig.AccessCycleRange.newBuilder().setMinMs(u32Bits(range.minMs()))
                .setMaxMs(u32Bits(range.maxMs())).buildPartial();
    }

    static WireConfig.ChannelRange channelRange(ChannelRange range) {
        return WireConfig.ChannelRange.newBuilder().setMinChannel(u32Bits(range.minChannel()))
                .setMaxChannel(u32Bits(range.maxChannel())).buildPartial();
    }

    static WireConfig.AppConfigData appConfigData(AppConfigData config) {
        return WireConfig.AppConfigData.newBuilder().setDiagIntervalS(u32Bits(config.diagIntervalS()))
                .setAppConfigData(byteString(config.appConfigData())).setSeq(u32Bits(config.seq())).buildPartial();
    }

    static WireConfig.NetworkKeys networkKeys(NetworkKeys keys) {
        return WireConfig.NetworkKeys.newBuilder().setCipher(byteString(keys.cipher()))
                .setAuthentication(byteString(keys.authentication())).buildPartial();
    }

    static WireConfig.SecurityKeys securityKeys(SecurityKeys keys) {
        return WireConfig.SecurityKeys.newBuilder().setCipher(byteString(keys.cipher()))
                .setAuthentication(byteString(keys.authentication())).setSequence(u32Bits(keys.sequence()))
                .buildPartial();
    }

    static WireConfig.ConfigurationDataItem configurationDataItem(ConfigurationDataItem item) {
        return WireConfig.ConfigurationDataItem.newBuilder().setEndpoint(u32Bits(item.endpoint()))
                .setPayload(byteString(item.payload())).buildPartial();
    }

    static WireCommon.FirmwareVersion firmwareVersion(FirmwareVersion version) {
        return WireCommon.FirmwareVersion.newBuilder().setMajor(u32Bits(version.major()))
                .setMinor(u32Bits(version.minor())).setMaint(u32Bits(version.maint()))
                .setDev(u32Bits(version.dev())).buildPartial();
    }

    static WireCommon.ScratchpadInfo scratchpadInfo(ScratchpadInfo info) {
        return WireCommon.ScratchpadInfo.newBuilder().setLen(u32Bits(info.len())).setCrc(u32Bits(info.crc()))
                .setSeq(u32Bits(info.seq())).buildPartial();
    }

    static WireOtap.UploadScratchpadReq.ChunkInfo chunkInfo(ChunkInfo chunk) {
        return WireOtap.UploadScratchpadReq.ChunkInfo.newBuilder()
                .setScratchpadTotalSize(u32Bits(chunk.scratchpadTotalSize()))
                .setStartOffset(u32Bits(chunk.startOffset())).buildPartial();
    }

    static WireCommon.TargetScratchpadAndAction targetAndAction(TargetScratchpadAndAction target) {
        WireCommon.TargetScratchpadAndAction.Builder wire = WireCommon.TargetScratchpadAndAction.newBuilder()
                .setAction(WireCommon.ScratchpadAction.forNumber(WireEnums.number(target.action(), "action")));
        target.targetSequence().ifPresent(sequence -> wire.setTargetSequence(u32Bits(sequence)));
        target.targetCrc().ifPresent(crc -> wire.setTargetCrc(u32Bits(crc)));
        target.param().ifPresent(param -> {
            switch (param) {
                case ActionParameter.Delay delay -> wire.setDelay(
                        WireCommon.ProcessingDelay.forNumber(WireEnums.number(delay.delay(), "delay")));
                case ActionParameter.Raw raw -> wire.setRaw(u32Bits(raw.raw()));
            }
        });
        return wire.buildPartial();
    }
}
