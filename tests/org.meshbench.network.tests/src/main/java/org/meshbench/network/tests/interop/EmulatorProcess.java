package org.meshbench.network.tests.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The gateway emulator of {@code tests/interop}, built on the official Wirepas codec, as a Python
 * subprocess driven through its control channel ({@code wirepas_emulator/control.py}): one command
 * per line on stdin, answered on stdout by data lines ({@code = key=value ...}) and then {@code ok}
 * or {@code error ...}. Closing stdin makes it stop its gateways cleanly and end, so it cannot
 * outlive this JVM; {@link #close()} waits for that, bounded, then kills it. Its log (stderr) goes
 * to a file that failure messages quote. Commands are sent one at a time.
 */
final class EmulatorProcess implements AutoCloseable {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_LINES_QUOTED = 30;

    private final Process process;
    private final Writer commands;
    private final Path log;
    /** stdout lines in order; empty once stdout ended. */
    private final BlockingQueue<Optional<String>> output = new LinkedBlockingQueue<>();

    private EmulatorProcess(Process process, Path log) {
        this.process = process;
        this.commands = process.outputWriter(StandardCharsets.UTF_8);
        this.log = log;
        Thread reader = new Thread(this::readOutput, "emulator-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param python a Python with the official packages
     * @param emulatorDir the folder that holds the {@code wirepas_emulator} package
     * @param brokerPort the broker's port on 127.0.0.1
     * @param log where the emulator's log goes
     * @return the emulator, ready for commands
     * @throws IOException if it cannot start
     * @throws InterruptedException if interrupted while waiting for it
     */
    static EmulatorProcess start(Path python, Path emulatorDir, int brokerPort, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(python.toString(), "-m", "wirepas_emulator", "--host",
                "127.0.0.1", "--port", String.valueOf(brokerPort), "--control")
                .redirectError(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("PYTHONPATH", emulatorDir.toString());
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1"); // no __pycache__ in the source tree
        EmulatorProcess emulator = new EmulatorProcess(builder.start(), log);
        try {
            // The codec prints a line of its own when it is imported, before "ready".
            String line;
            do {
                line = emulator.nextLine("ready");
            } while (!line.equals("ready"));
            return emulator;
        } catch (AssertionError | InterruptedException e) {
            emulator.close();
            throw e;
        }
    }

    /**
     * @param command a command line, e.g. {@code fail_next gw=a command=send_data code=ACCESS_DENIED}
     * @return the data lines of the answer
     * @throws AssertionError if the emulator refused the command, ended or did not answer in time
     * @throws InterruptedException if interrupted while waiting
     */
    synchronized List<EmulatorFields> send(String command) throws InterruptedException {
        try {
            commands.write(command + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new AssertionError("cannot send '" + command + "' to the emulator: " + e.getMessage() + logTail());
        }
        List<EmulatorFields> data = new ArrayList<>();
        while (true) {
            String line = nextLine(command);
            if (line.startsWith(EmulatorFields.PREFIX)) {
                data.add(EmulatorFields.parse(line));
            } else if (line.equals("ok")) {
                return data;
            } else {
                throw new AssertionError("the emulator answered '" + command + "' with: " + line + logTail());
            }
        }
    }

    private String nextLine(String awaited) throws InterruptedException {
        Optional<String> line = output.poll(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("the emulator did not answer '" + awaited + "' within " + ANSWER_TIMEOUT
                    + logTail());
        }
        return line.orElseThrow(() -> new AssertionError("the emulator ended while '" + awaited + "' waited"
                + logTail()));
    }

    private void readOutput() {
        try (BufferedReader reader = process.inputReader(StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.add(Optional.of(line));
            }
        } catch (IOException | UncheckedIOException gone) {
            // The process ended; the marker below tells the waiting command.
        }
        output.add(Optional.empty());
    }

    /** @return the end of the emulator's log, for failure messages */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n--- emulator log " + log + " (end) ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_QUOTED), lines.size()));
        } catch (IOException e) {
            return "\n(emulator log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Ends stdin, so that the emulator stops its gateways (OFFLINE) and exits; kills it if it does not. */
    @Override
    public void close() {
        try {
            commands.close();
        } catch (IOException alreadyGone) {
            // Nothing left to end.
        }
        try {
            if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
