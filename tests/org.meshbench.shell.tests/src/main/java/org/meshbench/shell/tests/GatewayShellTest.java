package org.meshbench.shell.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.network.NetworkClient;
import org.meshbench.shell.GatewayShell;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.testing.Services;
import org.meshbench.testing.SimulatedNetwork;
import org.meshbench.testing.Waits;

/**
 * The gateway shell against the simulator: a scripted session checks each command's output, and an interactive
 * session on a stream terminal (JLine's, fed like a pseudo-terminal) stops a waiting command with a Ctrl-C byte
 * and goes on.
 */
class GatewayShellTest {

    private static final String GATEWAY = "sim-gw-0";
    private static SimulatedNetwork network;
    private static NetworkClient client;
    private static Optional<DecoderRegistry> decoders;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        network = SimulatedNetwork.start(SimulatorConfig.builder().size(2, 1, 10).uplinkRate(20).seed(5).build());
        client = network.watch(GATEWAY, 3).client();
        decoders = Optional.of(Services.await(DecoderRegistry.class));
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    @Test
    void aScriptedSessionRunsEveryCommand() throws IOException {
        Path scratchpad = Files.write(dir.resolve("scratchpad.otap"), new byte[512]);
        Path capture = dir.resolve("session.mbcap");
        Map<String, String> output = session(
                "gateways", "set_gateway " + GATEWAY, "sinks", "set_sink sink0", "selection", "networks",
                "nodes", "ls", "list", "gateway_configuration",
                "set_app_config app_config_seq=5 app_config_data=0102 app_config_diag=0",
                "set_sink_config started=false", "set_config started=true",
                "send_data source_endpoint=1 destination_endpoint=1 destination_address=1 payload=0102",
                "toggle_byte_print", "toggle_pretty_print", "track_data_packets iterations=3",
                "track_devices iterations=1", "set_loop_timeout 3", "set_loop_iterations 0", "ping",
                "send_msap_cancel", "scratchpad_check_all", "scratchpad_update_only_nodes sequence=7",
                "set_ndiag interval=0", "set_reply_greeting << from", "scratchpad_status", "scratchpad_check_sink",
                "scratchpad_upload filepath=" + scratchpad + " sequence=7", "scratchpad_update", "settings",
                "!echo hi from the host", "record file=" + capture + " duration=1",
                "playback file=" + capture + " speed=max", "clear_offline_gateways", "help", "nonsense",
                "send_data payload=01");

        assertTrue(output.get("gateways").contains(GATEWAY + " ONLINE"), output.get("gateways"));
        assertTrue(output.get("gateways").contains("sim-gw-1 ONLINE"), output.get("gateways"));
        assertEquals(2, output.get("gateways").lines().count());
        assertTrue(output.get("set_gateway " + GATEWAY).contains("gateway: " + GATEWAY + ", sink: (none)"));
        assertTrue(output.get("sinks").startsWith(GATEWAY + "/sink0 network="), output.get("sinks"));
        assertEquals(1, output.get("sinks").lines().count());
        assertTrue(output.get("selection").matches("(?s)gateway: sim-gw-0, sink: sink0, network: \\d+\\s*"),
                output.get("selection"));
        assertEquals(2, output.get("networks").lines().count(), output.get("networks"));
        assertTrue(output.get("nodes").contains("total: "), output.get("nodes"));
        // ls and list are one command; node counts may grow between the two
        assertEquals(output.get("ls").replaceAll("nodes=\\d+", "nodes=N"),
                output.get("list").replaceAll("nodes=\\d+", "nodes=N"));
        assertTrue(output.get("list").contains("  sink0 network="), output.get("list"));
        assertTrue(output.get("gateway_configuration").startsWith(GATEWAY + ": 1 sinks"),
                output.get("gateway_configuration"));
        assertTrue(output.get("set_app_config app_config_seq=5 app_config_data=0102 app_config_diag=0")
                .contains("app_config=seq 5 diag 0 s data 0102"));
        assertTrue(output.get("set_sink_config started=false").contains("started=OFF"),
                output.get("set_sink_config started=false"));
        assertTrue(output.get("set_config started=true").contains("started=ON"),
                output.get("set_config started=true"));
        assertTrue(output.get("send_data source_endpoint=1 destination_endpoint=1 destination_address=1 "
                + "payload=0102").startsWith("sent through sim-gw-0/sink0: 2 bytes"));
        assertEquals("byte print on", output.get("toggle_byte_print").strip());
        assertEquals(3, output.get("track_data_packets iterations=3").lines()
                .filter(line -> line.startsWith("nw:") && line.contains("| data:")).count(),
                output.get("track_data_packets iterations=3"));
        assertEquals(1, output.get("track_devices iterations=1").lines().count());
        assertTrue(output.get("ping").strip().endsWith("replies"), output.get("ping"));
        assertTrue(output.get("send_msap_cancel").contains("sent through"), output.get("send_msap_cancel"));
        for (String remoteApi : List.of("scratchpad_check_all", "scratchpad_update_only_nodes sequence=7",
                "set_ndiag interval=0")) {
            assertTrue(output.get(remoteApi).startsWith("sent through sim-gw-0/sink0: "), output.get(remoteApi));
            assertTrue(output.get(remoteApi).strip().endsWith(" replies"), output.get(remoteApi));
        }
        assertEquals("reply greeting '<< from'", output.get("set_reply_greeting << from").strip());
        assertTrue(output.get("scratchpad_status").startsWith(GATEWAY + "/sink0: stored="));
        assertEquals(output.get("scratchpad_status"), output.get("scratchpad_check_sink"));
        assertTrue(output.get("scratchpad_upload filepath=" + scratchpad + " sequence=7")
                .contains("uploaded 512 bytes as scratchpad 7"));
        assertTrue(output.get("scratchpad_update").contains("processing the stored scratchpad"),
                output.get("scratchpad_update"));
        assertTrue(output.get("settings").contains("broker: " + network.brokerUrl()), output.get("settings"));
        assertTrue(output.get("settings").contains("password: (none)"), output.get("settings"));
        assertTrue(output.get("!echo hi from the host").startsWith("hi from the host"));
        assertTrue(output.get("record file=" + capture + " duration=1").matches("(?s).*recorded [1-9]\\d* "
                + "messages.*"), output.get("record file=" + capture + " duration=1"));
        assertTrue(output.get("playback file=" + capture + " speed=max").contains("published "));
        assertEquals("", output.get("clear_offline_gateways"));
        assertTrue(output.get("help").contains("send_data"), output.get("help"));
        assertTrue(output.get("help").contains("list, ls"), output.get("help"));
        assertTrue(output.get("nonsense").startsWith("unknown command nonsense"));
        assertTrue(output.get("send_data payload=01").contains("Missing required options"),
                output.get("send_data payload=01"));
    }

    @Test
    void aScriptStopsAtByeAndItsStatusSaysWhetherACommandFailed() {
        GatewayShell shell = new GatewayShell(client, decoders);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertEquals(0, shell.runScript(List.of("gateways; networks", "bye", "nonsense"), out));
        assertEquals(1, shell.runScript(List.of("set_sink sink0"), out));
        assertEquals(2, shell.runScript(List.of("nonsense"), out));
    }

    @Test
    void ctrlCStopsAWaitingCommandAndTheShellGoesOn() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream typed = new PipedInputStream(keyboard);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        CompletableFuture<Integer> session = CompletableFuture.supplyAsync(() -> {
            try {
                return new GatewayShell(client, decoders).runOnStreams(typed, screen);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        type(keyboard, "track_data_packets\r");
        awaitScreen(session, screen, "nw:");
        keyboard.write(3); // Ctrl-C
        keyboard.flush();
        awaitScreen(session, screen, "interrupted");
        type(keyboard, "set_gateway " + GATEWAY + "\r");
        awaitScreen(session, screen, "gateway: " + GATEWAY + ", sink: (none)");
        type(keyboard, "bye\r");

        assertEquals(0, session.get(Waits.WAIT.toSeconds(), TimeUnit.SECONDS));
        assertFalse(screen.toString(StandardCharsets.UTF_8).contains("Exception"));
    }

    private static void awaitScreen(CompletableFuture<Integer> session, ByteArrayOutputStream screen, String text)
            throws InterruptedException {
        long deadline = System.nanoTime() + Waits.WAIT.toNanos();
        while (!screen.toString(StandardCharsets.UTF_8).contains(text)) {
            if (session.isCompletedExceptionally()) {
                session.join(); // throws what ended the shell
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' on the screen:\n"
                        + screen.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        }
    }

    private static void type(PipedOutputStream keyboard, String text) throws IOException {
        keyboard.write(text.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** Runs the commands in one shell, each after a marker line, and returns each command's output. */
    private static Map<String, String> session(String... commands) {
        List<String> lines = new ArrayList<>();
        for (String command : commands) {
            lines.add("!echo '=== " + command.replace("'", "") + "'");
            lines.add(command);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new GatewayShell(client, decoders).runScript(lines, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Map<String, String> output = new LinkedHashMap<>();
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (current != null) {
                    output.put(current, text.toString());
                }
                current = line.substring(4);
                text.setLength(0);
            } else if (!line.startsWith("exit status 0") || !text.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        output.put(current, text.toString());
        output.replaceAll((command, out) -> out.replaceAll("exit status 0\n$", "").replaceAll("\n+$", "\n")
                .replaceFirst("^\n$", ""));
        return output;
    }
}
