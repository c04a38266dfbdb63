package org.meshbench.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.meshbench.capture.CapturePlayer;
import org.meshbench.capture.CaptureReader;
import org.meshbench.capture.CaptureRecorder;
import org.meshbench.capture.CaptureWriter;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Print and loop settings, the connection settings, captures, and the host shell. */
final class SessionCommands {

    private final ShellState state;

    SessionCommands(ShellState state) {
        this.state = state;
    }

    @Command(name = "toggle_byte_print", description = "Print packets' payload bytes too, or no longer.")
    void toggleBytePrint() {
        state.out().println("byte print " + (state.toggleBytePrint() ? "on" : "off"));
    }

    @Command(name = "toggle_pretty_print", description = "Print packets' decoded fields too, or no longer.")
    void togglePrettyPrint() {
        state.out().println("pretty print " + (state.togglePrettyPrint() ? "on" : "off"));
    }

    @Command(name = "set_loop_iterations", description = "How many items the tracking commands print; 0 for "
            + "no limit.")
    void setLoopIterations(@Parameters(paramLabel = "N") long iterations) {
        state.loopIterations(iterations <= 0 ? Long.MAX_VALUE : iterations);
        state.out().println("loop iterations " + (iterations <= 0 ? "unlimited" : iterations));
    }

    @Command(name = "set_loop_timeout", description = "How long requests and Remote API replies are waited "
            + "for, in seconds.")
    void setLoopTimeout(@Parameters(paramLabel = "SECONDS") long seconds) {
        if (seconds <= 0) {
            throw new ShellException("the loop timeout must be at least 1 s");
        }
        state.loopTimeout(Duration.ofSeconds(seconds));
        state.out().println("loop timeout " + seconds + " s");
    }

    @Command(name = "set_reply_greeting", description = "Text printed before each received packet; none "
            + "without text.")
    void setReplyGreeting(@Parameters(arity = "0..*", paramLabel = "TEXT") List<String> words) {
        state.replyGreeting(words == null ? "" : String.join(" ", words));
        state.out().println("reply greeting '" + state.replyGreeting() + "'");
    }

    @Command(name = "settings", description = "Print the connection settings (never the password).")
    void settings() {
        MqttOptions mqtt = state.mqtt();
        state.out().println("broker: " + mqtt.broker());
        state.out().println("username: " + mqtt.username().orElse("(none)"));
        state.out().println("password: " + (mqtt.password().isPresent() ? "(set, not shown)" : "(none)"));
        state.out().println("tls: " + mqtt.tls().map(Object::toString).orElse("off"));
        state.out().println("client id: " + mqtt.clientId());
        state.out().println("keep-alive: " + mqtt.keepAlive().toSeconds() + " s");
        state.out().println("loop timeout: " + state.loopTimeout().toSeconds() + " s, loop iterations: "
                + (state.loopIterations() == Long.MAX_VALUE ? "unlimited" : state.loopIterations()));
    }

    @Command(name = "record", description = "Record every message on the broker into a capture file (gzip when "
            + "it ends in .gz) for the given seconds, or until Ctrl-C.")
    void record(@Option(names = "file", required = true) Path file,
            @Option(names = "duration", description = "seconds; default until Ctrl-C") Long seconds)
            throws IOException, MqttTransportException {
        try (MqttTransport transport = ownConnection()) {
            CaptureRecorder recorder = CaptureRecorder.start(transport,
                    CaptureWriter.create(file, file.getFileName().toString().endsWith(".gz")));
            try {
                transport.connect().thenCompose(connected -> recorder.subscribed())
                        .get(state.loopTimeout().toMillis(), TimeUnit.MILLISECONDS);
                state.out().println("recording to " + file + "; Ctrl-C stops");
                state.out().flush();
                Thread.sleep(seconds == null ? Long.MAX_VALUE : TimeUnit.SECONDS.toMillis(seconds));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new ShellException("cannot record from " + state.mqtt().broker() + ": " + e.getMessage());
            } finally {
                recorder.close();
                state.out().println("recorded " + recorder.messages() + " messages to " + file);
            }
        }
    }

    @Command(name = "playback", description = "Republish a capture to the broker, at its original pacing or "
            + "speed=max; Ctrl-C stops.")
    void playback(@Option(names = "file", required = true) Path file,
            @Option(names = "speed", defaultValue = "1", description = "1, N, or max") String speed)
            throws IOException, MqttTransportException, InterruptedException {
        double factor = speed.equals("max") ? CapturePlayer.MAX_SPEED : Double.parseDouble(speed);
        try (MqttTransport transport = ownConnection(); CaptureReader capture = CaptureReader.open(file)) {
            transport.connect().join();
            long published = new CapturePlayer(transport, factor).play(capture);
            capture.damage().ifPresent(damage -> state.out().println(file + ": " + damage));
            state.out().println("published " + published + " messages");
        }
    }

    @Command(name = "shell", description = "Run a command of the host shell, as !COMMAND does.")
    void shell(@Parameters(paramLabel = "COMMAND") List<String> words) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", String.join(" ", words)).redirectErrorStream(true)
                .start();
        try (InputStream output = process.getInputStream()) {
            state.out().print(new String(output.readAllBytes(), StandardCharsets.UTF_8));
            state.out().println("exit status " + process.waitFor());
        } finally {
            process.destroy();
        }
    }

    /** Recording and playback use a connection of their own, so the shell's client keeps its subscriptions. */
    private MqttTransport ownConnection() throws MqttTransportException {
        MqttOptions mqtt = state.mqtt();
        return MqttTransportFactory.standard().create(mqtt.toBuilder()
                .clientId(MqttOptions.CLIENT_ID_PREFIX + "capture-" + Long.toHexString(System.nanoTime())).build());
    }
}
