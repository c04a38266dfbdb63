package org.meshbench.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import org.meshbench.testing.mosquitto.Commands;
import org.meshbench.testing.mosquitto.TempDirectories;

/**
 * A private PostgreSQL cluster for tests: created with {@code initdb} in a temporary folder, listening on
 * a free 127.0.0.1 port (and a Unix socket in that folder), trusting local connections. PostgreSQL refuses
 * to run as root, so as root (CI) every command runs as the {@code postgres} user through {@code runuser}.
 * {@link #crash()} stops it the hard way, as a killed server; {@link #start()} brings it back with its data.
 * {@link #close()} stops it and deletes the folder; a shutdown hook stops it too if a test run dies. Needs
 * the Debian package {@code postgresql}.
 */
public final class PostgresServer implements AutoCloseable {
    private static final String SUPERUSER = "postgres";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path dir;
    private final Path data;
    private final Path bin;
    private final int port;
    private final Thread shutdownHook = new Thread(this::stopQuietly, "postgres-test-shutdown");

    private PostgresServer(Path dir, Path bin, int port) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.bin = bin;
        this.port = port;
    }

    /**
     * Creates a cluster and starts it.
     *
     * @return the running server
     * @throws IOException if PostgreSQL is not installed or does not start (the message holds its log)
     */
    public static PostgresServer start() throws IOException {
        Path dir = Files.createTempDirectory("postgres-test");
        PostgresServer server = new PostgresServer(dir, binaries(), freePort());
        try {
            if (ROOT) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(SUPERUSER);
                Files.setOwner(dir, postgres);
            }
            server.run(List.of(server.bin.resolve("initdb").toString(), "-D", server.data.toString(), "-U",
                    SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-sync"));
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            server.startAgain();
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** @return the JDBC URL of the {@code postgres} database */
    public String url() {
        return url(SUPERUSER);
    }

    /**
     * @param database a database name
     * @return its JDBC URL, as the superuser
     */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
    }

    /**
     * @param database a new database's name
     * @return its JDBC URL
     * @throws IOException if it cannot be created
     */
    public String createDatabase(String database) throws IOException {
        run(List.of(bin.resolve("createdb").toString(), "-h", dir.toString(), "-p", Integer.toString(port), "-U",
                SUPERUSER, database));
        return url(database);
    }

    /** @return the TCP port on 127.0.0.1 */
    public int port() {
        return port;
    }

    /**
     * Starts the server again after {@link #crash()} or {@link #stop()}, waiting until it accepts connections.
     *
     * @throws IOException if it does not start
     */
    public void startAgain() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("postgres.log")
                .toString(), "-w", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start"));
    }

    /**
     * Stops the server at once, without a checkpoint, as if it had been killed; committed data survives.
     *
     * @throws IOException if it does not stop
     */
    public void crash() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
    }

    /**
     * Stops the server cleanly.
     *
     * @throws IOException if it does not stop
     */
    public void stop() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
    }

    /** @return the server's log so far, for failure messages */
    public String log() {
        try {
            Path log = dir.resolve("postgres.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Stops the server and deletes its folder. */
    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException notRegistered) {
            // The hook is running, or was never added because the cluster could not be created.
        }
        TempDirectories.deleteRecursively(dir);
    }

    private void stopQuietly() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                stop();
            } catch (IOException e) {
                System.err.println("postgres test server did not stop: " + e.getMessage());
            }
        }
    }

    private void run(List<String> command) throws IOException {
        List<String> asPostgres = new ArrayList<>();
        if (ROOT) {
            asPostgres.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        asPostgres.addAll(command);
        Commands.run(dir, asPostgres);
    }

    /** The newest installed major version's programs, e.g. {@code /usr/lib/postgresql/15/bin}. */
    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        List<Path> versions = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                entries.forEach(versions::add);
            }
        }
        return versions.stream().map(version -> version.resolve("bin"))
                .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                .max((a, b) -> Integer.compare(major(a), major(b)))
                .orElseThrow(() -> new IOException("PostgreSQL is not installed; apt-get install -y postgresql"));
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
