package org.meshbench.network.tests.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.value.AccessCycleRange;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.BaseRole;
import org.meshbench.protocol.value.ChannelRange;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.NodeRole;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.RoleFlag;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.ScratchpadStatus;
import org.meshbench.protocol.value.ScratchpadType;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/**
 * Reads the official configuration dictionary the emulator reports (its keys and enum names, as in
 * wirepas-mesh-messaging) into our types, to compare it with what our codec decoded.
 */
final class OfficialConfig {

    private OfficialConfig() {
    }

    /** Asserts that every field the emulator's sink holds reached us with the same value; lists every difference. */
    static void assertSame(EmulatorFields official, SinkReadConfig ours) {
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("sink_id", pair(official.text("sink_id"), ours.sinkId()));
        fields.put("node_role", pair(Optional.of(role(official.number("node_role"))), ours.nodeRole()));
        fields.put("node_address", pair(number(official, "node_address"), ours.nodeAddress()));
        fields.put("network_address", pair(number(official, "network_address"), ours.networkAddress()));
        fields.put("network_channel", pair(number(official, "network_channel"), ours.networkChannel()));
        fields.put("app_config", pair(Optional.of(new AppConfigData(official.number("app_config_diag"),
                official.bytes("app_config_data"), official.number("app_config_seq"))), ours.appConfig()));
        fields.put("started", pair(Optional.of(official.flag("started") ? OnOffState.ON : OnOffState.OFF),
                ours.sinkState()));
        // The codec encodes the current range from min_ac_cur/max_ac_cur (its known asymmetry).
        fields.put("ac_cur", pair(Optional.of(new AccessCycleRange(official.number("min_ac_cur"),
                official.number("max_ac_cur"))), ours.currentAcRange()));
        fields.put("ac_limits", pair(Optional.of(new AccessCycleRange(official.number("min_ac"),
                official.number("max_ac"))), ours.acLimits()));
        fields.put("channel_limits", pair(Optional.of(new ChannelRange(official.number("min_ch"),
                official.number("max_ch"))), ours.channelLimits()));
        fields.put("max_mtu", pair(number(official, "max_mtu"), ours.maxMtu()));
        fields.put("hw_magic", pair(number(official, "hw_magic"), ours.hwMagic()));
        fields.put("stack_profile", pair(number(official, "stack_profile"), ours.stackProfile()));
        fields.put("app_config_max_size", pair(number(official, "app_config_max_size"), ours.appConfigMaxSize()));
        fields.put("are_keys_set", pair(Optional.of(official.flag("are_keys_set")), ours.areKeysSet()));
        fields.put("firmware_version", pair(Optional.of(firmware(official.text("firmware_version"))),
                ours.firmwareVersion()));
        fields.put("stored_scratchpad", pair(Optional.of(scratchpad(official, "stored_scratchpad")),
                ours.storedScratchpad()));
        fields.put("stored_status", pair(Optional.of(ScratchpadStatus.valueOf(
                unprefixed(official, "stored_status", "SCRATCHPAD_STATUS_"))), ours.storedStatus()));
        fields.put("stored_type", pair(Optional.of(ScratchpadType.valueOf(
                unprefixed(official, "stored_type", "SCRATCHPAD_TYPE_"))), ours.storedType()));
        fields.put("processed_scratchpad", pair(Optional.of(scratchpad(official, "processed_scratchpad")),
                ours.processedScratchpad()));
        fields.put("firmware_area_id", pair(number(official, "firmware_area_id"), ours.firmwareAreaId()));
        fields.put("target_and_action", pair(Optional.of(target(official, "target_and_action.")),
                ours.targetAndAction()));
        fields.put("configuration_data_content", pair(dataItems(official), ours.configurationDataContent()));
        List<String> differences = new ArrayList<>();
        fields.forEach((key, values) -> {
            if (!Objects.equals(values[0], values[1])) {
                differences.add(key + ": official " + values[0] + ", ours " + values[1]);
            }
        });
        if (!differences.isEmpty()) {
            throw new AssertionError("sink " + ours.sinkId() + " differs from the official encoding:\n  "
                    + String.join("\n  ", differences) + "\nofficial: " + official);
        }
    }

    private static Object[] pair(Object official, Object ours) {
        return new Object[] {official, ours};
    }

    /** @return the node role of an official wire byte: base role, 0x10 low latency, 0x80 autorole */
    static NodeRole role(long wire) {
        List<RoleFlag> flags = new ArrayList<>();
        if ((wire & 0x10) != 0) {
            flags.add(RoleFlag.LOW_LATENCY);
        }
        if ((wire & 0x80) != 0) {
            flags.add(RoleFlag.AUTOROLE);
        }
        return new NodeRole(BaseRole.fromWireValue((int) (wire & 0x0F)), flags);
    }

    /** @return the scratchpad info under a key ({@code len}, {@code crc}, {@code seq}) */
    static ScratchpadInfo scratchpad(EmulatorFields official, String key) {
        return new ScratchpadInfo(official.number(key + ".len"), official.number(key + ".crc"),
                official.number(key + ".seq"));
    }

    /** @return the target and action whose keys start with {@code prefix} */
    static TargetScratchpadAndAction target(EmulatorFields official, String prefix) {
        Optional<ActionParameter> param = Optional.empty();
        if (official.has(prefix + "delay")) {
            param = Optional.of(new ActionParameter.Delay(
                    ProcessingDelay.valueOf(unprefixed(official, prefix + "delay", "DELAY_"))));
        } else if (official.has(prefix + "param")) {
            param = Optional.of(new ActionParameter.Raw(official.number(prefix + "param")));
        }
        return new TargetScratchpadAndAction(
                ScratchpadAction.valueOf(unprefixed(official, prefix + "action", "ACTION_")),
                number(official, prefix + "target_sequence"), number(official, prefix + "target_crc"), param);
    }

    private static List<ConfigurationDataItem> dataItems(EmulatorFields official) {
        List<ConfigurationDataItem> items = new ArrayList<>();
        for (int i = 0; official.has("configuration_data_content." + i + ".endpoint"); i++) {
            items.add(new ConfigurationDataItem(official.number("configuration_data_content." + i + ".endpoint"),
                    official.bytes("configuration_data_content." + i + ".payload")));
        }
        return items;
    }

    private static OptionalLong number(EmulatorFields official, String key) {
        return official.has(key) ? OptionalLong.of(official.number(key)) : OptionalLong.empty();
    }

    private static FirmwareVersion firmware(String commaSeparated) {
        long[] parts = Arrays.stream(commaSeparated.split(",")).mapToLong(Long::parseLong).toArray();
        return new FirmwareVersion(parts[0], parts[1], parts[2], parts[3]);
    }

    private static String unprefixed(EmulatorFields official, String key, String prefix) {
        String name = official.text(key);
        if (!name.startsWith(prefix)) {
            throw new AssertionError(key + " is " + name + ", not a " + prefix + "* name");
        }
        return name.substring(prefix.length());
    }
}
