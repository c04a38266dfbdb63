package org.meshbench.testing.mosquitto;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Mosquitto broker for tests: started from a generated config in a temporary folder,
 * listening on free 127.0.0.1 ports only, with TCP_NODELAY. It can be stopped and started
 * again on the same ports. {@link #close()} stops it and deletes the folder; a shutdown hook
 * stops it too if a test run dies. Needs the Debian package {@code mosquitto}.
 */
public final class MosquittoBroker implements AutoCloseable {
    private static final String MOSQUITTO = Commands.program("mosquitto", "/usr/sbin/mosquitto");
    private static final String PASSWD = Commands.program("mosquitto_passwd", "/usr/bin/mosquitto_passwd");
    private static final long START_TIMEOUT_MILLIS = 10_000;
    private static final long STOP_TIMEOUT_SECONDS = 5;

    private final Path dir;
    private final Path config;
    private final Path log;
    private final List<Integer> ports;
    private final Thread shutdownHook = new Thread(this::stop, "mosquitto-test-shutdown");
    private Process process;

    private MosquittoBroker(Path dir, List<Integer> ports) {
        this.dir = dir;
        this.config = dir.resolve("mosquitto.conf");
        this.log = dir.resolve("mosquitto.log");
        this.ports = ports;
    }

    /** @return a builder for a broker with anonymous access and one plain listener */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the port of the first listener */
    public int port() {
        return ports.get(0);
    }

    /**
     * @param listener index in the order the listeners were added (0 = the plain listener)
     * @return its port
     */
    public int port(int listener) {
        return ports.get(listener);
    }

    /**
     * Starts the broker and waits until every listener accepts connections.
     *
     * @throws IOException if it does not come up in time (the message holds its log)
     */
    public synchronized void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(MOSQUITTO, "-c", config.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IOException("cannot start mosquitto; install it: apt-get install -y mosquitto", e);
        }
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        for (int port : ports) {
            awaitListening(port, deadline);
        }
    }

    private void awaitListening(int port, long deadline) throws IOException {
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    stop();
                    throw new IOException("mosquitto did not listen on port " + port + ":\n" + log());
                }
                sleepBriefly();
            }
        }
    }

    private static void sleepBriefly() throws IOException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for mosquitto", e);
        }
    }

    /** Stops the broker (SIGTERM, then SIGKILL after 5 s); the ports become free. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** @return the broker's log so far, for failure messages */
    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Stops the broker and deletes its folder. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: nothing left to remove.
        }
        TempDirectories.deleteRecursively(dir);
    }

    /** Describes the broker to start. Not thread-safe. */
    public static final class Builder {
        private final Map<String, String> users = new LinkedHashMap<>();
        private final List<String> extraLines = new ArrayList<>();
        private final List<BrokerListener> listeners = new ArrayList<>(List.of(BrokerListener.plain()));
        private final List<String> options = new ArrayList<>();
        private boolean allowAnonymous = true;

        private Builder() {
        }

        /**
         * @param name user name
         * @param password password, stored with {@code mosquitto_passwd -b}
         * @return this builder
         */
        public Builder user(String name, String password) {
            users.put(name, password);
            return this;
        }

        /**
         * @param allow whether clients without user name may connect (default true)
         * @return this builder
         */
        public Builder allowAnonymous(boolean allow) {
            this.allowAnonymous = allow;
            return this;
        }

        /**
         * @param line a global mosquitto.conf line, e.g. {@code max_queued_messages 10000}
         * @return this builder
         */
        public Builder configLine(String line) {
            extraLines.add(line);
            return this;
        }

        /**
         * @param configLine a further mosquitto.conf line, for example {@code max_queued_messages 0}
         * @return this builder
         */
        public Builder option(String configLine) {
            options.add(configLine);
            return this;
        }

        /**
         * @param listener another listener; its index for {@link #port(int)} is its position
         *            after the plain listener 0
         * @return this builder
         */
        public Builder listener(BrokerListener listener) {
            listeners.add(listener);
            return this;
        }

        /**
         * Writes the config and starts the broker.
         *
         * @return the running broker
         * @throws IOException if mosquitto is missing or does not start
         */
        public MosquittoBroker start() throws IOException {
            Path dir = Files.createTempDirectory("mosquitto-test");
            MosquittoBroker broker = new MosquittoBroker(dir, freePorts(listeners.size()));
            try {
                Files.write(broker.config, configLines(dir, broker.ports), StandardCharsets.UTF_8);
                Runtime.getRuntime().addShutdownHook(broker.shutdownHook);
                broker.start();
                return broker;
            } catch (IOException | RuntimeException e) {
                broker.close();
                throw e;
            }
        }

        private List<String> configLines(Path dir, List<Integer> ports) throws IOException {
            List<String> lines = new ArrayList<>(List.of("per_listener_settings false",
                    "allow_anonymous " + allowAnonymous, "set_tcp_nodelay true",
                    "persistence false", "log_dest stderr",
                    // As root, mosquitto would switch to user 'mosquitto', who cannot read dir.
                    "user " + System.getProperty("user.name")));
            if (!users.isEmpty()) {
                lines.add("password_file " + writePasswordFile(dir));
            }
            lines.addAll(options);
            lines.addAll(extraLines);
            for (int i = 0; i < listeners.size(); i++) {
                lines.addAll(listeners.get(i).configLines(ports.get(i)));
            }
            return lines;
        }

        private Path writePasswordFile(Path dir) throws IOException {
            Path file = dir.resolve("passwd");
            Files.createFile(file);
            for (Map.Entry<String, String> user : users.entrySet()) {
                Commands.run(dir, List.of(PASSWD, "-b", file.toString(), user.getKey(), user.getValue()));
            }
            return file;
        }

        private static List<Integer> freePorts(int count) throws IOException {
            List<ServerSocket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < count; i++) {
                    sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
                }
                return sockets.stream().map(ServerSocket::getLocalPort).toList();
            } finally {
                for (ServerSocket socket : sockets) {
                    socket.close();
                }
            }
        }
    }
}
