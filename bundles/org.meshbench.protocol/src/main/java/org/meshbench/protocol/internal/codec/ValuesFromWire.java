package org.meshbench.protocol.internal.codec;

import static org.meshbench.protocol.internal.codec.WireScalars.bytes;
import static org.meshbench.protocol.internal.codec.WireScalars.u32;

import java.util.Optional;
import org.meshbench.protocol.internal.wire.WireCommon;
import org.meshbench.protocol.internal.wire.WireConfig;
import org.meshbench.protocol.internal.wire.WireOtap;
import org.meshbench.protocol.value.AccessCycleRange;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.BaseRole;
import org.meshbench.protocol.value.ChannelRange;
import org.meshbench.protocol.value.ChunkInfo;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.NetworkKeys;
import org.meshbench.protocol.value.NodeRole;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.RoleFlag;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.SecurityKeys;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/** Small value messages, generated form to API form. */
final class ValuesFromWire {

    private ValuesFromWire() {
    }

    static NodeRole nodeRole(WireConfig.NodeRole wire) {
        BaseRole role = BaseRole.fromWireValue(WireEnums.required(wire.hasRole(), wire.getRole(), wire,
                WireConfig.NodeRole.ROLE_FIELD_NUMBER));
        return new NodeRole(role, WireEnums.repeated(wire.getFlagsList(), wire, WireConfig.NodeRole.FLAGS_FIELD_NUMBER)
                .stream().map(RoleFlag::fromWireValue).toList());
    }

    static AccessCycleRange accessCycleRange(WireConfig.AccessCycleRange wire) {
        return new AccessCycleRange(u32(wire.getMinMs()), u32(wire.getMaxMs()));
    }

    static ChannelRange channelRange(WireConfig.ChannelRange wire) {
        return new ChannelRange(u32(wire.getMinChannel()), u32(wire.getMaxChannel()));
    }

    static AppConfigData appConfigData(WireConfig.AppConfigData wire) {
        return new AppConfigData(u32(wire.getDiagIntervalS()), bytes(wire.getAppConfigData()), u32(wire.getSeq()));
    }

    static NetworkKeys networkKeys(WireConfig.NetworkKeys wire) {
        return new NetworkKeys(bytes(wire.getCipher()), bytes(wire.getAuthentication()));
    }

    static SecurityKeys securityKeys(WireConfig.SecurityKeys wire) {
        return new SecurityKeys(bytes(wire.getCipher()), bytes(wire.getAuthentication()), u32(wire.getSequence()));
    }

    static ConfigurationDataItem configurationDataItem(WireConfig.ConfigurationDataItem wire) {
        return new ConfigurationDataItem(u32(wire.getEndpoint()), bytes(wire.getPayload()));
    }

    static FirmwareVersion firmwareVersion(WireCommon.FirmwareVersion wire) {
        return new FirmwareVersion(u32(wire.getMajor()), u32(wire.getMinor()), u32(wire.getMaint()),
                u32(wire.getDev()));
    }

    static ScratchpadInfo scratchpadInfo(WireCommon.ScratchpadInfo wire) {
        return new ScratchpadInfo(u32(wire.getLen()), u32(wire.getCrc()), u32(wire.getSeq()));
    }

    static ChunkInfo chunkInfo(WireOtap.UploadScratchpadReq.ChunkInfo wire) {
        return new ChunkInfo(u32(wire.getScratchpadTotalSize()), u32(wire.getStartOffset()));
    }

    static TargetScratchpadAndAction targetAndAction(WireCommon.TargetScratchpadAndAction wire) {
        ScratchpadAction action = ScratchpadAction.fromWireValue(WireEnums.required(wire.hasAction(),
                wire.getAction(), wire, WireCommon.TargetScratchpadAndAction.ACTION_FIELD_NUMBER));
        return new TargetScratchpadAndAction(action, u32(wire.hasTargetSequence(), wire.getTargetSequence()),
                u32(wire.hasTargetCrc(), wire.getTargetCrc()), actionParameter(wire));
    }

    private static Optional<ActionParameter> actionParameter(WireCommon.TargetScratchpadAndAction wire) {
        if (wire.hasRaw()) {
            return Optional.of(new ActionParameter.Raw(u32(wire.getRaw())));
        }
        // An unknown delay number is not a set oneof member for protobuf, but it was sent: keep it.
        return WireEnums.optional(wire.hasDelay(), wire.getDelay(), wire,
                WireCommon.TargetScratchpadAndAction.DELAY_FIELD_NUMBER)
                .map(number -> new ActionParameter.Delay(ProcessingDelay.fromWireValue(number)));
    }
}
