package org.meshbench.shell.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.meshbench.decoders.EncodeException;
import org.meshbench.network.DataFilter;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.Bytes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Remote API requests broadcast through the selected sink, built by the installed Remote API request encoder;
 * the responses that come back within the loop timeout print through the decoders. Ctrl-C stops the wait.
 */
final class RemoteApiCommands {

    /** The built-in Remote API request encoder of org.meshbench.decoders.wirepas. */
    static final String ENCODER = "org.meshbench.decoders.wirepas.remote-api-request";
    private static final long SOURCE = 255;
    private static final long DESTINATION = 240;
    /** wm-gw-cli's countdown before nodes switch to the new scratchpad. */
    private static final int UPDATE_COUNTDOWN_S = 30;
    private static final int NEIGHBOR_DIAGNOSTICS = 2;

    private final ShellState state;
    private final PacketPrinter printer;

    RemoteApiCommands(ShellState state) {
        this.state = state;
        this.printer = new PacketPrinter(state);
    }

    @Command(name = "ping", description = "Remote API ping to every node; prints the replies.")
    void ping() throws InterruptedException {
        broadcast(Map.of("frame[0]/type", "ping", "frame[0]/reference", "6d65736862656e63"));
    }

    @Command(name = "send_msap_cancel", description = "Remote API cancel to every node; prints the replies.")
    void cancel() throws InterruptedException {
        broadcast(Map.of("frame[0]/type", "cancel"));
    }

    @Command(name = "scratchpad_check_all", description = "Remote API scratchpad status of every node; prints "
            + "the replies.")
    void scratchpadCheckAll() throws InterruptedException {
        broadcast(Map.of("frame[0]/type", "scratchpad_status"));
    }

    @Command(name = "scratchpad_update_only_nodes", description = "Make every node process its scratchpad of "
            + "this sequence: cancel, begin, scratchpad update, end, update after 30 s.")
    void scratchpadUpdateOnlyNodes(@Option(names = "sequence", required = true) int sequence)
            throws InterruptedException {
        broadcast(Map.of("frame[0]/type", "cancel", "frame[1]/type", "begin",
                "frame[2]/type", "scratchpad_update", "frame[2]/sequence", sequence, "frame[3]/type", "end",
                "frame[4]/type", "update", "frame[4]/countdown", UPDATE_COUNTDOWN_S));
    }

    @Command(name = "set_ndiag", description = "Set the neighbor diagnostics interval of every node (0 stops "
            + "them).")
    void setNdiag(@Option(names = "interval", required = true, description = "seconds: 0, 30, 60, 120, 300 "
            + "or 1200") int interval) throws InterruptedException {
        broadcast(Map.of("frame[0]/type", "diagnostic_control", "frame[0]/interval", interval,
                "frame[0]/content", NEIGHBOR_DIAGNOSTICS));
    }

    private void broadcast(Map<String, Object> fields) throws InterruptedException {
        SinkRef sink = state.sink();
        byte[] request;
        try {
            request = state.decoders().orElseThrow(() -> new ShellException("no decoder registry installed"))
                    .encode(ENCODER, new LinkedHashMap<>(fields));
        } catch (EncodeException e) {
            throw new ShellException("cannot build the Remote API request: " + e.getMessage());
        }
        DataFilter replies = DataFilter.ALL.withGateways(sink.gatewayId()).withEndpoints(DESTINATION, SOURCE);
        LinkedBlockingQueue<ReceivedPacket> packets = new LinkedBlockingQueue<>();
        try (ListenerRegistration registration = state.client().addDataListener(replies, packets::add)) {
            Downlinks.send(state, sink, OutgoingPacket.to(OutgoingPacket.BROADCAST, SOURCE, DESTINATION,
                    Bytes.of(request)));
            long deadline = System.nanoTime() + state.loopTimeout().toNanos();
            int count = 0;
            for (ReceivedPacket reply = poll(packets, deadline); reply != null; reply = poll(packets, deadline)) {
                printer.print(reply);
                count++;
            }
            state.out().println(count + " replies");
        }
    }

    private static ReceivedPacket poll(LinkedBlockingQueue<ReceivedPacket> packets, long deadline)
            throws InterruptedException {
        return packets.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
}
