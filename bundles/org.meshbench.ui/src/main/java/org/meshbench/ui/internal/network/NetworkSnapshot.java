package org.meshbench.ui.internal.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.LongToIntFunction;
import org.meshbench.network.Gateway;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.Sink;

/**
 * What the network tree shows at one moment: networks, then gateways, then sinks, built from the model's
 * gateway snapshots so that offline gateways stay visible with the sinks they last reported. Immutable.
 *
 * @param networks by address, the row without address last
 * @param gateways every known gateway, online or offline
 * @param nodes    the nodes of all networks
 */
public record NetworkSnapshot(List<NetworkRow> networks, List<Gateway> gateways, int nodes) {

    /** Unsigned address order, sinks without address last. */
    private static final Comparator<OptionalLong> NETWORK_ORDER = (a, b) -> {
        if (a.isPresent() != b.isPresent()) {
            return a.isPresent() ? -1 : 1;
        }
        return a.isPresent() ? Long.compareUnsigned(a.getAsLong(), b.getAsLong()) : 0;
    };

    /** Nothing to show: not connected. */
    public static final NetworkSnapshot EMPTY = new NetworkSnapshot(List.of(), List.of(), 0);

    /** Copies the lists. */
    public NetworkSnapshot {
        networks = List.copyOf(networks);
        gateways = List.copyOf(gateways);
    }

    /**
     * @param client the current client, if any
     * @return what it knows now
     */
    public static NetworkSnapshot of(Optional<NetworkClient> client) {
        return client.map(c -> build(c.gateways(), address -> c.nodes(address).size())).orElse(EMPTY);
    }

    /**
     * @param gateways  gateway snapshots
     * @param nodeCount the number of nodes seen in a network
     * @return the tree rows
     */
    public static NetworkSnapshot build(List<Gateway> gateways, LongToIntFunction nodeCount) {
        Map<OptionalLong, List<GatewayRow>> byNetwork = new TreeMap<>(NETWORK_ORDER);
        gateways.stream().sorted(Comparator.comparing(Gateway::id)).forEach(gateway -> {
            Map<OptionalLong, List<SinkRow>> sinksByNetwork = new TreeMap<>(NETWORK_ORDER);
            for (Sink sink : gateway.sinks()) {
                sinksByNetwork.computeIfAbsent(sink.networkAddress(), address -> new ArrayList<>())
                        .add(new SinkRow(sink, gateway.online()));
            }
            if (sinksByNetwork.isEmpty()) {
                sinksByNetwork.put(OptionalLong.empty(), List.of());
            }
            sinksByNetwork.forEach((address, sinks) -> byNetwork.computeIfAbsent(address, a -> new ArrayList<>())
                    .add(new GatewayRow(address, gateway, sinks)));
        });
        List<NetworkRow> networks = new ArrayList<>();
        int nodes = 0;
        for (Map.Entry<OptionalLong, List<GatewayRow>> network : byNetwork.entrySet()) {
            OptionalLong address = network.getKey();
            int count = address.isPresent() ? nodeCount.applyAsInt(address.getAsLong()) : 0;
            nodes += count;
            networks.add(new NetworkRow(address, count, network.getValue()));
        }
        return new NetworkSnapshot(networks, gateways, nodes);
    }

    /** @return the number of online gateways */
    public long onlineGateways() {
        return gateways.stream().filter(Gateway::online).count();
    }
}
