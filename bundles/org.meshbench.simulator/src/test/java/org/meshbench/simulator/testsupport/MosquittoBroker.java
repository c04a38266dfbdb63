package org.meshbench.simulator.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Mosquitto broker for tests, with anonymous access on one free 127.0.0.1 port. A trimmed
 * copy of the transport bundle's test support (plain listener only), kept here until the shared test
 * bundle exists. {@link #close()} stops it and deletes its folder. Needs the Debian package
 * {@code mosquitto}.
 */
public final class MosquittoBroker implements AutoCloseable {

    private static final String MOSQUITTO = Files.isExecutable(Path.of("/usr/sbin/mosquitto"))
            ? "/usr/sbin/mosquitto" : "mosquitto";
    private static final long START_TIMEOUT_MILLIS = 10_000;
    private static final long STOP_TIMEOUT_SECONDS = 5;

    private final Path dir;
    private final Path log;
    private final int port;
    private Process process;

    private MosquittoBroker(Path dir, int port) {
        this.dir = dir;
        this.log = dir.resolve("mosquitto.log");
        this.port = port;
    }

    /**
     * Writes a configuration and starts the broker.
     *
     * @return the running broker
     * @throws IOException if mosquitto is missing or does not listen in time (the message holds its log)
     */
    public static MosquittoBroker start() throws IOException {
        Path dir = Files.createTempDirectory("mosquitto-test");
        MosquittoBroker broker = new MosquittoBroker(dir, freePort());
        try {
            Files.write(dir.resolve("mosquitto.conf"), List.of("allow_anonymous true", "set_tcp_nodelay true",
                    "persistence false", "log_dest stderr",
                    // As root, mosquitto would switch to user 'mosquitto', who cannot read dir.
                    "user " + System.getProperty("user.name"),
                    "listener " + broker.port + " 127.0.0.1"), StandardCharsets.UTF_8);
            broker.launch();
            return broker;
        } catch (IOException | RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    /** @return the port of the plain listener */
    public int port() {
        return port;
    }

    private void launch() throws IOException {
        process = new ProcessBuilder(MOSQUITTO, "-c", dir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IOException("mosquitto did not listen on port " + port + ":\n" + log());
                }
                pause();
            }
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for mosquitto", e);
        }
    }

    /** @return the broker's log so far, for failure messages */
    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Stops the broker (SIGTERM, then SIGKILL after 5 s) and deletes its folder. */
    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
