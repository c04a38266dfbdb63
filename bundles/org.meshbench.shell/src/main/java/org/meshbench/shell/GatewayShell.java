package org.meshbench.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.network.NetworkClient;
import org.meshbench.shell.internal.CommandRunner;
import org.meshbench.shell.internal.ShellCompleter;
import org.meshbench.shell.internal.ShellState;
import org.meshbench.transport.mqtt.MqttOptions;

/**
 * The gateway shell: wm-gw-cli's commands on a connected {@link NetworkClient}, with line editing, history
 * ({@code ~/.meshbench/shell-history}) and completion of commands and ids on a terminal, or run from a script.
 * A command that waits (tracking, Remote API replies, recording) stops on Ctrl-C and the shell goes on; Ctrl-D or
 * {@code bye} leaves it. Not thread-safe: one shell per thread.
 */
public final class GatewayShell {

    private static final String PROMPT = "meshbench> ";
    private static final int CTRL_C = 3;

    private final NetworkClient client;
    private final Optional<DecoderRegistry> decoders;

    /**
     * @param client a connected client; the shell does not close it
     * @param decoders prints packets through it, if installed
     */
    public GatewayShell(NetworkClient client, Optional<DecoderRegistry> decoders) {
        this.client = client;
        this.decoders = decoders;
    }

    /**
     * Runs shell lines one after another, stopping at {@code bye}.
     *
     * @param lines the lines; each may hold several commands separated by {@code ;}
     * @param out where the commands print
     * @return 0 when every command succeeded, else the status of the last one that failed: 1 a failed command,
     *         2 an unknown command or wrong arguments
     */
    public int runScript(List<String> lines, PrintStream out) {
        PrintWriter writer = new PrintWriter(out, true, StandardCharsets.UTF_8);
        CommandRunner runner = new CommandRunner(state(writer));
        int status = CommandRunner.OK;
        for (String line : lines) {
            OptionalInt result = runner.run(line);
            if (result.isEmpty()) {
                break;
            }
            status = result.getAsInt() != CommandRunner.OK ? result.getAsInt() : status;
        }
        writer.flush();
        return status;
    }

    /**
     * Runs the shell on the process's terminal until the user leaves it.
     *
     * @return 0
     * @throws IOException if the terminal cannot be opened
     */
    public int runOnTerminal() throws IOException {
        // The exec provider (stty) needs no native code, which an OSGi bundle would have to unpack and Java 22+
        // would warn about.
        try (Terminal terminal = build(TerminalBuilder.builder().system(true).name("meshbench"))) {
            return run(terminal, Optional.of(Path.of(System.getProperty("user.home"), ".meshbench",
                    "shell-history")));
        }
    }

    /**
     * Runs the shell on a terminal made of two streams, as a pseudo-terminal would be: typed bytes in, screen
     * bytes out; a Ctrl-C byte (0x03) interrupts a waiting command as on a real terminal. For tests and for
     * embedding the shell; no history file.
     *
     * @param in what the user types
     * @param out what the user sees
     * @return 0
     * @throws IOException if the terminal cannot be created
     */
    public int runOnStreams(InputStream in, OutputStream out) throws IOException {
        // An ANSI terminal type gives a terminal whose own thread reads the input, so that Ctrl-C is seen while a
        // command runs; a "dumb" one would see it only at the next prompt.
        try (Terminal terminal = build(TerminalBuilder.builder().system(false).streams(in, out).type("ansi")
                .encoding(StandardCharsets.UTF_8))) {
            // A pseudo-terminal's line discipline turns Ctrl-C into SIGINT; this terminal's must do the same.
            Attributes attributes = terminal.getAttributes();
            attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
            attributes.setControlChar(Attributes.ControlChar.VINTR, CTRL_C);
            terminal.setAttributes(attributes);
            return run(terminal, Optional.empty());
        }
    }

    /** JLine finds its terminal providers through the context class loader, which OSGi does not set to its own. */
    private static Terminal build(TerminalBuilder builder) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Terminal.class.getClassLoader());
        try {
            return builder.ffm(false).jni(false).jna(false).jansi(false).build();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private int run(Terminal terminal, Optional<Path> history) {
        ShellState state = state(terminal.writer());
        CommandRunner runner = new CommandRunner(state);
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("meshbench")
                .completer(new ShellCompleter(runner, state));
        history.ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
        LineReader reader = builder.build();
        Thread shellThread = Thread.currentThread();
        // While a command runs, Ctrl-C interrupts it; while a line is read, the reader handles Ctrl-C itself.
        terminal.handle(Terminal.Signal.INT, signal -> shellThread.interrupt());
        terminal.writer().println("Meshbench gateway shell on " + client.mqttOptions().broker()
                + "; help lists the commands, Tab completes, Ctrl-D leaves");
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (runner.run(line).isEmpty()) {
                break;
            }
        }
        terminal.writer().flush();
        return CommandRunner.OK;
    }

    private ShellState state(PrintWriter out) {
        MqttOptions mqtt = client.mqttOptions();
        return new ShellState(client, decoders, mqtt, out);
    }
}
