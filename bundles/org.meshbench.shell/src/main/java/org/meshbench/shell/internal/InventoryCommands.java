package org.meshbench.shell.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshbench.network.Gateway;
import org.meshbench.network.Network;
import org.meshbench.network.Node;
import org.meshbench.network.Sink;
import org.meshbench.protocol.value.SinkReadConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Selection and the devices the model knows: wm-gw-cli's listing commands. */
final class InventoryCommands {

    private final ShellState state;

    InventoryCommands(ShellState state) {
        this.state = state;
    }

    @Command(name = "selection", description = "Print the selected gateway, sink and network.")
    void selection() {
        state.out().println("gateway: " + state.gatewayId().orElse("(none)") + ", sink: "
                + state.sinkId().orElse("(none)") + ", network: "
                + (state.network().isPresent() ? Long.toString(state.network().getAsLong()) : "(unknown)"));
    }

    @Command(name = "set_gateway", description = "Select a gateway (and forget the sink); without an id, list "
            + "the online gateways.")
    void setGateway(@Parameters(arity = "0..1", paramLabel = "GATEWAY_ID") String gatewayId) {
        if (gatewayId == null) {
            state.client().gateways().stream().filter(Gateway::online).forEach(g -> state.out().println(g.id()));
            return;
        }
        if (state.client().gateway(gatewayId).isEmpty()) {
            state.out().println("note: gateway " + gatewayId + " is not known (yet); selected anyway");
        }
        state.select(gatewayId, null);
        selection();
    }

    @Command(name = "set_sink", description = "Select a sink of the selected gateway; without an id, list them.")
    void setSink(@Parameters(arity = "0..1", paramLabel = "SINK_ID") String sinkId) {
        Gateway gateway = state.gateway();
        if (sinkId == null) {
            gateway.sinks().forEach(sink -> state.out().println(sink.id()));
            return;
        }
        if (gateway.sink(sinkId).isEmpty()) {
            state.out().println("note: sink " + sinkId + " is not known on " + gateway.id() + "; selected anyway");
        }
        state.select(gateway.id(), sinkId);
        selection();
    }

    @Command(name = "gateways", description = "One line per known gateway: id, state, model, version, sinks.")
    void gateways() {
        for (Gateway gateway : state.client().gateways()) {
            state.out().println(gateway.id() + " " + gateway.state() + " model=" + gateway.model().orElse("-")
                    + " version=" + gateway.version().orElse("-") + " sinks=" + gateway.sinks().size());
        }
    }

    @Command(name = "sinks", description = "One line per sink (of the selected gateway, if one is): id, network, "
            + "node address, started.")
    void sinks() {
        List<Sink> sinks = state.gatewayId().isPresent() ? state.gateway().sinks() : state.client().sinks();
        for (Sink sink : sinks) {
            SinkReadConfig config = sink.config();
            state.out().println(sink.gatewayId() + "/" + sink.id() + " network=" + text(config.networkAddress())
                    + " node=" + text(config.nodeAddress()) + " channel=" + text(config.networkChannel())
                    + " started=" + sink.started());
        }
    }

    @Command(name = "networks", description = "One line per network: address, sinks, gateways.")
    void networks() {
        for (Network network : state.client().networks()) {
            state.out().println(network.address() + " sinks=" + network.sinks().size() + " gateways="
                    + String.join(",", network.gatewayIds()));
        }
    }

    @Command(name = "nodes", description = "The nodes seen in received data (in the selected network, if known).")
    void nodes() {
        List<Network> networks = state.network().isPresent()
                ? state.client().network(state.network().getAsLong()).stream().toList()
                : state.client().networks();
        int total = 0;
        for (Network network : networks) {
            for (Node node : state.client().nodes(network.address())) {
                state.out().println(network.address() + "/" + node.address() + " packets=" + node.packetCount()
                        + " hops=" + node.hopCount() + " last=" + node.lastSeen() + " via=" + node.lastSink());
                total++;
            }
        }
        state.out().println("total: " + total + " nodes");
    }

    @Command(name = "list", aliases = "ls", description = "Every gateway with its sinks and their node counts.")
    void list() {
        PrintWriter out = state.out();
        for (Gateway gateway : state.client().gateways()) {
            out.println(gateway.id() + " " + gateway.state());
            for (Sink sink : gateway.sinks()) {
                long nodes = sink.networkAddress().isPresent()
                        ? state.client().nodes(sink.networkAddress().getAsLong()).stream()
                                .filter(node -> node.lastSink().equals(sink.ref())).count()
                        : 0;
                out.println("  " + sink.id() + " network=" + text(sink.networkAddress()) + " nodes=" + nodes);
            }
        }
    }

    @Command(name = "gateway_configuration", description = "Read the configuration of every sink of the "
            + "selected gateway, or of every online gateway.")
    void gatewayConfiguration() throws InterruptedException {
        List<String> ids = state.gatewayId().isPresent() ? List.of(state.gatewayId().get())
                : state.client().gateways().stream().filter(Gateway::online).map(Gateway::id).toList();
        for (String id : ids) {
            try {
                List<SinkReadConfig> configs = state.client().services().getConfigs(id)
                        .get(state.loopTimeout().toMillis(), TimeUnit.MILLISECONDS);
                state.out().println(id + ": " + configs.size() + " sinks");
                configs.forEach(config -> state.out().println("  " + SinkConfigText.of(config)));
            } catch (ExecutionException | TimeoutException e) {
                state.out().println(id + ": " + Failures.text(e));
            }
        }
    }

    @Command(name = "clear_offline_gateways", description = "Forget every offline gateway: clear its retained "
            + "status on the broker and drop it from the model.")
    void clearOfflineGateways() throws InterruptedException, ExecutionException, TimeoutException {
        for (Gateway gateway : state.client().gateways()) {
            if (!gateway.online()) {
                state.client().clearGatewayStatus(gateway.id()).get(state.loopTimeout().toMillis(),
                        TimeUnit.MILLISECONDS);
                state.out().println("cleared " + gateway.id());
            }
        }
    }

    static String text(java.util.OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "-";
    }
}
