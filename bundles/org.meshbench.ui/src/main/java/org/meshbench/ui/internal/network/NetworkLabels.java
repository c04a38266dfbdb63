package org.meshbench.ui.internal.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.meshbench.network.Gateway;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.NodeRole;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.SinkReadConfig;

/** The texts of the network tree's columns: name, state and a one-line summary. */
public final class NetworkLabels {

    private NetworkLabels() {
    }

    /**
     * @param row a row
     * @return {@code Network 1715004 (0x1A2B3C)}, a gateway id or a sink id
     */
    public static String name(TreeRow row) {
        return switch (row) {
            case NetworkRow network -> networkName(network.address());
            case GatewayRow gateway -> gateway.gateway().id();
            case SinkRow sink -> sink.sink().id();
        };
    }

    /**
     * @param row a row
     * @return a network's gateway count, a gateway's {@code ONLINE} or {@code OFFLINE}, a sink's started state
     */
    public static String state(TreeRow row) {
        return switch (row) {
            case NetworkRow network -> count(network.nodeCount(), "node");
            case GatewayRow gateway -> gateway.gateway().state().name();
            case SinkRow sink -> sinkState(sink.sink().config());
        };
    }

    /**
     * @param row a row
     * @return what matters most about it on one line
     */
    public static String summary(TreeRow row) {
        return switch (row) {
            case NetworkRow network -> count(network.gateways().size(), "gateway") + " · "
                    + count(network.sinkCount(), "sink");
            case GatewayRow gateway -> gatewaySummary(gateway.gateway());
            case SinkRow sink -> sinkSummary(sink.sink().config());
        };
    }

    static String networkName(OptionalLong address) {
        if (address.isEmpty()) {
            return "No network address";
        }
        long value = address.getAsLong();
        return "Network " + Long.toUnsignedString(value) + " (0x" + Long.toHexString(value).toUpperCase(Locale.ROOT)
                + ")";
    }

    static String role(NodeRole role) {
        String base = role.role().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (role.flags().isEmpty()) {
            return base;
        }
        return base + role.flags().stream().map(flag -> flag.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", ", " (", ")"));
    }

    static String features(Gateway gateway) {
        return gateway.features().isEmpty() ? "none"
                : gateway.features().stream().sorted().map(GatewayFeature::name).collect(Collectors.joining(", "));
    }

    static String appConfig(AppConfigData config) {
        String diagnostics = config.diagIntervalS() == 0 ? "off" : config.diagIntervalS() + " s";
        return "seq " + config.seq() + ", diag " + diagnostics;
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String sinkState(SinkReadConfig config) {
        OnOffState state = config.sinkState().orElse(OnOffState.UNKNOWN);
        return state == OnOffState.ON ? "started" : state == OnOffState.OFF ? "stopped" : "state unknown";
    }

    private static String gatewaySummary(Gateway gateway) {
        String model = gateway.model().orElse("unknown model") + gateway.version().map(v -> " " + v).orElse("");
        return model + " · features: " + features(gateway);
    }

    private static String sinkSummary(SinkReadConfig config) {
        List<String> parts = new ArrayList<>();
        config.nodeAddress().ifPresent(address -> parts.add("node " + address));
        config.nodeRole().ifPresent(role -> parts.add(role(role)));
        config.networkChannel().ifPresent(channel -> parts.add("channel " + channel));
        config.appConfig().ifPresent(app -> parts.add("app config " + appConfig(app)));
        config.firmwareVersion().ifPresent(firmware -> parts.add("firmware " + firmware));
        return parts.isEmpty() ? "no configuration reported" : String.join(" · ", parts);
    }
}
