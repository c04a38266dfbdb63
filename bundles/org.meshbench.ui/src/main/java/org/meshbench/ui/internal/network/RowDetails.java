package org.meshbench.ui.internal.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.meshbench.network.Gateway;
import org.meshbench.network.Sink;
import org.meshbench.protocol.value.SinkReadConfig;

/** Everything known about the selected row, one {@link Detail} a line, for the details table. */
public final class RowDetails {

    private RowDetails() {
    }

    /**
     * @param row the selected row
     * @return its details, in a fixed order; values the gateway did not report are left out
     */
    public static List<Detail> of(TreeRow row) {
        return switch (row) {
            case NetworkRow network -> network(network);
            case GatewayRow gateway -> gateway(gateway.gateway());
            case SinkRow sink -> sink(sink.sink());
        };
    }

    private static List<Detail> network(NetworkRow network) {
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("Network", NetworkLabels.networkName(network.address())));
        details.add(new Detail("Gateways", String.join(", ",
                network.gateways().stream().map(gateway -> gateway.gateway().id()).toList())));
        details.add(new Detail("Sinks", Integer.toString(network.sinkCount())));
        details.add(new Detail("Nodes seen", Integer.toString(network.nodeCount())));
        return details;
    }

    private static List<Detail> gateway(Gateway gateway) {
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("Gateway", gateway.id()));
        details.add(new Detail("State", gateway.state().name()));
        details.add(new Detail("Model", gateway.model().orElse("not announced")));
        details.add(new Detail("Version", gateway.version().orElse("not announced")));
        details.add(new Detail("Features", NetworkLabels.features(gateway)));
        add(details, "Max scratchpad size", gateway.maxScratchpadSize(), size -> size + " bytes");
        details.add(new Detail("Sinks", Integer.toString(gateway.sinks().size())));
        details.add(new Detail("Last status", gateway.lastStatusTime().toString()));
        return details;
    }

    private static List<Detail> sink(Sink sink) {
        SinkReadConfig config = sink.config();
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("Sink", sink.id()));
        details.add(new Detail("Gateway", sink.gatewayId()));
        details.add(new Detail("Network", NetworkLabels.networkName(config.networkAddress())));
        add(details, "Node address", config.nodeAddress(), Long::toUnsignedString);
        add(details, "Role", config.nodeRole(), NetworkLabels::role);
        add(details, "Channel", config.networkChannel(), Long::toUnsignedString);
        details.add(new Detail("State", NetworkLabels.sinkState(config)));
        add(details, "App config", config.appConfig(), NetworkLabels::appConfig);
        add(details, "App config data", config.appConfig(), app -> app.appConfigData().toHex());
        add(details, "Firmware", config.firmwareVersion(), Object::toString);
        add(details, "Max MTU", config.maxMtu(), mtu -> mtu + " bytes");
        add(details, "Keys set", config.areKeysSet(), keys -> keys ? "yes" : "no");
        add(details, "Stored scratchpad", config.storedScratchpad(),
                pad -> "seq " + pad.seq() + ", " + pad.len() + " bytes, CRC 0x" + Long.toHexString(pad.crc()));
        details.add(new Detail("Updated", sink.updated().toString()));
        return details;
    }

    private static <T> void add(List<Detail> details, String name, Optional<T> value, Function<T, String> text) {
        value.ifPresent(present -> details.add(new Detail(name, text.apply(present))));
    }

    private static void add(List<Detail> details, String name, OptionalLong value, LongFunction<String> text) {
        value.ifPresent(present -> details.add(new Detail(name, text.apply(present))));
    }
}
