package org.meshbench.simulator.internal.sink;

import java.util.Arrays;
import org.meshbench.protocol.value.AccessCycleRange;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.BaseRole;
import org.meshbench.protocol.value.ChannelRange;
import org.meshbench.protocol.value.NetworkKeys;
import org.meshbench.protocol.value.NodeRole;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.RoleFlag;
import org.meshbench.protocol.value.SecurityKeys;

/** The checks a sink applies to each field of a new configuration. Stateless. */
final class SinkConfigChecks {

    /** Network addresses are 24 bits; all zeros and all ones are reserved. */
    private static final long MAX_NETWORK_ADDRESS = 0xFF_FFFEL;

    private SinkConfigChecks() {
    }

    /** In strict mode a sink must stay a sink: another base role would take it out of service. */
    static ResultCode role(NodeRole role, boolean strict) {
        boolean known = role.role() != BaseRole.UNKNOWN && !role.flags().contains(RoleFlag.UNKNOWN);
        boolean allowed = !strict || role.role() == BaseRole.SINK;
        return known && allowed ? ResultCode.OK : ResultCode.INVALID_ROLE;
    }

    static ResultCode networkAddress(long address) {
        return Long.compareUnsigned(address, 1) >= 0 && Long.compareUnsigned(address, MAX_NETWORK_ADDRESS) <= 0
                ? ResultCode.OK : ResultCode.INVALID_NETWORK_ADDRESS;
    }

    static ResultCode networkChannel(long channel) {
        ChannelRange limits = SinkHardware.CHANNEL_LIMITS;
        return channel >= limits.minChannel() && channel <= limits.maxChannel()
                ? ResultCode.OK : ResultCode.INVALID_NETWORK_CHANNEL;
    }

    static ResultCode accessCycleRange(AccessCycleRange range) {
        AccessCycleRange limits = SinkHardware.AC_LIMITS;
        return range.minMs() <= range.maxMs() && range.minMs() >= limits.minMs() && range.maxMs() <= limits.maxMs()
                ? ResultCode.OK : ResultCode.INVALID_AC_RANGE;
    }

    static ResultCode appConfig(AppConfigData config) {
        if (config.appConfigData().size() > SinkHardware.APP_CONFIG_MAX_SIZE) {
            return ResultCode.INVALID_APP_CONFIG;
        }
        if (Arrays.stream(SinkHardware.DIAG_INTERVALS).noneMatch(interval -> interval == config.diagIntervalS())) {
            return ResultCode.INVALID_DIAG_INTERVAL;
        }
        return config.seq() <= SinkHardware.MAX_APP_CONFIG_SEQ ? ResultCode.OK : ResultCode.INVALID_SEQUENCE_NUMBER;
    }

    static ResultCode keys(NetworkKeys keys) {
        return keySizes(keys.cipher().size(), keys.authentication().size());
    }

    static ResultCode keys(SecurityKeys keys) {
        return keySizes(keys.cipher().size(), keys.authentication().size());
    }

    static ResultCode sinkState(OnOffState state) {
        return state == OnOffState.UNKNOWN ? ResultCode.INVALID_SINK_STATE : ResultCode.OK;
    }

    private static ResultCode keySizes(int cipher, int authentication) {
        return cipher == SinkHardware.KEY_SIZE && authentication == SinkHardware.KEY_SIZE
                ? ResultCode.OK : ResultCode.INVALID_NETWORK_KEYS;
    }
}
