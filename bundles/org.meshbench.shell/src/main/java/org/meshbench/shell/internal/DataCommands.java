package org.meshbench.shell.internal;

import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.meshbench.network.DataFilter;
import org.meshbench.network.DataQos;
import org.meshbench.network.GatewayChange;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.protocol.value.Bytes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Data to and from the mesh: send_data and the live tracking commands, which end after the loop iterations, or on
 * Ctrl-C.
 */
final class DataCommands {

    private final ShellState state;
    private final PacketPrinter printer;

    DataCommands(ShellState state) {
        this.state = state;
        this.printer = new PacketPrinter(state);
    }

    @Command(name = "send_data", description = "Send a packet through the selected sink and wait for the "
            + "gateway's answer.")
    void sendData(@Option(names = "source_endpoint", required = true) long sourceEndpoint,
            @Option(names = "destination_endpoint", required = true) long destinationEndpoint,
            @Option(names = "destination_address", required = true, description = "node, or 4294967295 for "
                    + "broadcast") long destination,
            @Option(names = "payload", required = true, description = "hex bytes, else UTF-8 text") String payload,
            @Option(names = "qos", defaultValue = "0", description = "Wirepas QoS: 0 normal, 1 high") int qos,
            @Option(names = "initial_delay_ms", defaultValue = "0") long delay,
            @Option(names = "is_unack_csma_ca", defaultValue = "0", arity = "1") int unackCsmaCa,
            @Option(names = "hop_limit", defaultValue = "0") int hopLimit) throws InterruptedException {
        OutgoingPacket packet = OutgoingPacket.to(destination, sourceEndpoint, destinationEndpoint, bytes(payload))
                .withQos(qos == 1 ? DataQos.HIGH : DataQos.NORMAL).withInitialDelayMs(delay)
                .withUnackCsmaCa(unackCsmaCa != 0).withHopLimit(hopLimit);
        Downlinks.send(state, state.sink(), packet);
    }

    @Command(name = "track_data_packets", description = "Print received packets through the decoders until "
            + "the loop iterations are printed or Ctrl-C.")
    void trackDataPackets(@Option(names = {"gw_id", "gateway_id"}) String gateway,
            @Option(names = "sink_id") String sink, @Option(names = "network_id") Long network,
            @Option(names = "source_address") Long source, @Option(names = "source_endpoint") Long sourceEndpoint,
            @Option(names = "destination_endpoint") Long destinationEndpoint,
            @Option(names = "iterations", description = "how many packets (default: set_loop_iterations)")
            Long iterations) throws InterruptedException {
        DataFilter filter = new DataFilter(set(gateway), set(sink), set(network), set(source), set(sourceEndpoint),
                set(destinationEndpoint));
        long count = iterations != null ? iterations : state.loopIterations();
        LinkedBlockingQueue<ReceivedPacket> packets = new LinkedBlockingQueue<>();
        try (ListenerRegistration registration = state.client().addDataListener(filter, packets::add)) {
            for (long i = 0; i < count; i++) {
                printer.print(packets.take());
            }
        }
    }

    @Command(name = "track_devices", description = "Print gateways as they change and nodes as they are first "
            + "seen, until the loop iterations are printed or Ctrl-C.")
    void trackDevices(@Option(names = "iterations") Long iterations) throws InterruptedException {
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        Set<String> nodes = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Consumer<ReceivedPacket> onPacket = packet -> {
            String node = packet.networkAddress() + "/" + packet.sourceAddress();
            if (nodes.add(node)) {
                events.add("node " + node + " via " + packet.sink());
            }
        };
        Consumer<GatewayChange> onGateway = change -> events.add("gateway " + change);
        long count = iterations != null ? iterations : state.loopIterations();
        try (ListenerRegistration data = state.client().addDataListener(DataFilter.ALL, onPacket);
                ListenerRegistration gateways = state.client().addConfigChangeListener(onGateway)) {
            for (long i = 0; i < count; i++) {
                state.out().println(events.take());
                state.out().flush();
            }
        }
    }

    /** Hex if it is hex, as in wm-gw-cli; otherwise the text's UTF-8 bytes. */
    private static Bytes bytes(String payload) {
        try {
            return Bytes.of(HexFormat.of().parseHex(payload.startsWith("0x") ? payload.substring(2) : payload));
        } catch (IllegalArgumentException notHex) {
            return Bytes.of(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static <T> Set<T> set(T value) {
        return value == null ? Set.of() : Set.of(value);
    }
}
