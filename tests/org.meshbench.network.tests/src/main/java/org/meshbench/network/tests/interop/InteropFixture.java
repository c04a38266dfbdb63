package org.meshbench.network.tests.interop;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestInfo;
import org.meshbench.network.Gateway;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientOptions;
import org.meshbench.network.tests.NetworkFixture;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.TestConnections;
import org.meshbench.testing.Waits;

/**
 * A Mosquitto, the gateway emulator and the network clients of one interop test, closed together.
 *
 * <p>The test is skipped (a JUnit assumption) unless the system property {@value #PYTHON} names a
 * Python with the official Wirepas packages: {@code tests/interop/run.sh} passes its virtualenv's,
 * so a plain {@code ./mvnw verify} reports these tests as skipped. {@value #EMULATOR_DIR} is the
 * folder of the {@code wirepas_emulator} package and {@value #LOG_DIR} where emulator logs go (the
 * pom sets both).
 */
final class InteropFixture implements AutoCloseable {
    static final String PYTHON = "meshbench.interop.python";
    static final String EMULATOR_DIR = "meshbench.interop.emulator";
    static final String LOG_DIR = "meshbench.interop.logs";

    private final MosquittoBroker broker;
    private final EmulatorProcess emulator;
    private final Deque<AutoCloseable> clients = new ArrayDeque<>();

    private InteropFixture(MosquittoBroker broker, EmulatorProcess emulator) {
        this.broker = broker;
        this.emulator = emulator;
    }

    /**
     * @param test the test, whose name the emulator log takes
     * @return a running broker and emulator, or the test is skipped when no Python is configured
     */
    static InteropFixture start(TestInfo test) throws Exception {
        String python = System.getProperty(PYTHON, "").strip();
        // The pom passes -Dmeshbench.interop.python on; when it was not given, Tycho passes the text "null".
        if (python.isEmpty() || python.equals("null")) {
            skip("needs -D" + PYTHON + "=<a Python with the official Wirepas packages>; tests/interop/run.sh "
                    + "passes its virtualenv's");
        }
        Path logs = Files.createDirectories(Path.of(System.getProperty(LOG_DIR, "target/interop-logs")));
        Path log = logs.resolve(test.getTestClass().map(Class::getSimpleName).orElse("interop") + "."
                + test.getTestMethod().map(Method::getName).orElse("test") + ".emulator.log");
        MosquittoBroker broker = MosquittoBroker.builder().start();
        try {
            return new InteropFixture(broker, EmulatorProcess.start(Path.of(python),
                    Path.of(System.getProperty(EMULATOR_DIR, "../interop/emulator")), broker.port(), log));
        } catch (Exception | AssertionError e) {
            broker.close();
            throw e;
        }
    }

    /**
     * Ends the calling test as skipped, as a failed JUnit assumption does; a reason starting with
     * {@code xfail:} marks a known defect, which tests/interop/run.sh reports as XFAIL. Called
     * reflectively because the signatures of {@link Assumptions} name org.opentest4j's
     * TestAbortedException, and this bundle's manifest does not import org.opentest4j (with that
     * import, a plain {@code Assumptions.abort(reason)} would do).
     *
     * @param reason why
     */
    static void skip(String reason) {
        try {
            Assumptions.class.getMethod("abort", String.class).invoke(null, reason);
        } catch (InvocationTargetException aborted) {
            throw (RuntimeException) aborted.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot skip through JUnit's Assumptions.abort", e);
        }
    }

    /**
     * @param id the gateway id
     * @param options start options of the emulator's {@code start} command
     * @return the gateway, online
     */
    EmulatedGateway gateway(String id, String... options) throws InterruptedException {
        return EmulatedGateway.start(emulator, id, options);
    }

    /** @return a connected client from the factory service, with 5 s request timeouts */
    NetworkClient client() throws Exception {
        NetworkClientOptions options = NetworkClientOptions.builder().requestTimeout(Duration.ofSeconds(5)).build();
        NetworkClient client = NetworkFixture.factory().open(TestConnections.plain(broker.port()).build(), options);
        clients.push(client);
        client.connect().get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return client;
    }

    /** Waits until the client shows the gateway online with that many sinks. */
    static void awaitOnline(NetworkClient client, String gatewayId, int sinks) throws InterruptedException {
        Waits.until(gatewayId + " online with " + sinks + " sinks", () -> client.gateway(gatewayId)
                .filter(Gateway::online).filter(gateway -> gateway.sinks().size() == sinks).isPresent());
    }

    /** Closes the clients, then the emulator (its gateways leave cleanly), then the broker. */
    @Override
    public void close() throws Exception {
        try {
            while (!clients.isEmpty()) {
                clients.pop().close();
            }
            emulator.close();
        } finally {
            broker.close();
        }
    }
}
