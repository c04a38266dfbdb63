package org.meshbench.history.tests.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.history.HistoryDatabase;
import org.meshbench.history.HistoryQuery;
import org.meshbench.history.HistoryRecorder;
import org.meshbench.history.PacketDecoding;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.testing.EventPublisher;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.PostgresServer;
import org.meshbench.testing.mosquitto.TempDirectories;
import org.meshbench.testing.TestConnections;
import org.meshbench.transport.mqtt.DeliveryMode;
import org.meshbench.transport.mqtt.MqttOptionsBuilder;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportFactory;

/**
 * Ingest into the history, side by side for the embedded SQLite file and PostgreSQL, round by round:
 * <ul>
 * <li>{@code direct}: events offered to a recorder in this JVM, as fast as its buffer takes them;</li>
 * <li>{@code mqtt}: the store's path: events first queued by Mosquitto for a persistent session, then
 * drained through the transport with manual acknowledgement into the recorder, each acknowledged after
 * its commit; with Mosquitto's default in-flight window (20 unacknowledged messages) and a window of
 * 1,000.</li>
 * </ul>
 * Every run writes into a fresh database and checks that each event is stored once. Not part of the
 * normal test run (its name does not end in Test); run it with
 * {@code -Dtest=org/meshbench/history/tests/benchmark/HistoryBenchmark}. Results go to
 * {@code target/benchmarks/history-benchmark.txt}. The figures are warm, in-process ones.
 */
class HistoryBenchmark {
    private static final int DIRECT_EVENTS = 100_000;
    private static final int MQTT_EVENTS = 50_000;
    private static final int ROUNDS = 3;
    private static final int BUFFER = 20_000;
    private static final int BATCH = 1_000;
    private static final long LIMIT_SECONDS = 120;
    /** As {@code meshbench store} waits for room in its buffer. */
    private static final Duration BACK_PRESSURE = Duration.ofSeconds(5);

    private static final List<String> REPORT = new ArrayList<>();
    private static final Map<String, List<Double>> RATES = new LinkedHashMap<>();
    private static PostgresServer postgres;
    private static MosquittoBroker defaultWindow;
    private static MosquittoBroker wideWindow;
    private static Path dir;
    private static int databases;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("history-benchmark");
        postgres = PostgresServer.start();
        defaultWindow = MosquittoBroker.builder().option("max_queued_messages 0").start();
        wideWindow = MosquittoBroker.builder().option("max_queued_messages 0").option("max_inflight_messages 1000")
                .start();
        REPORT.add(String.format(Locale.ROOT, "Java %s, %d cores; direct: %,d events, mqtt: %,d events (%d-byte "
                + "payloads), buffer %,d, batches of up to %,d; %d rounds, medians first", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), DIRECT_EVENTS, MQTT_EVENTS, EventPublisher.PAYLOAD_SIZE,
                BUFFER, BATCH, ROUNDS));
    }

    @AfterAll
    static void writeReport() throws IOException {
        RATES.forEach((name, rates) -> {
            List<Double> sorted = rates.stream().sorted().toList();
            REPORT.add(String.format(Locale.ROOT, "%-34s median %,8.0f events/s   (%s)", name,
                    sorted.get(sorted.size() / 2), String.join(", ", rates.stream()
                            .map(rate -> String.format(Locale.ROOT, "%,.0f", rate)).toList())));
        });
        REPORT.add(defaultWindow.log().lines().filter(line -> line.contains("mosquitto version")).findFirst()
                .orElse("mosquitto version not logged"));
        wideWindow.close();
        defaultWindow.close();
        postgres.close();
        TempDirectories.deleteRecursively(dir);
        Path out = Path.of(System.getProperty("benchmarkDir", "target/benchmarks"));
        Files.createDirectories(out);
        Files.write(out.resolve("history-benchmark.txt"), REPORT, StandardCharsets.UTF_8);
        REPORT.forEach(System.out::println);
    }

    @Test
    void ingest() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            for (boolean embedded : new boolean[] {true, false}) {
                String engine = embedded ? "sqlite" : "postgresql";
                measure(engine + " direct", direct(target(embedded)));
                measure(engine + " mqtt, window 20", mqtt(target(embedded), defaultWindow));
                measure(engine + " mqtt, window 1000", mqtt(target(embedded), wideWindow));
            }
        }
    }

    private static void measure(String name, double rate) {
        RATES.computeIfAbsent(name, ignored -> new ArrayList<>()).add(rate);
    }

    private static String target(boolean embedded) throws IOException {
        databases++;
        return embedded ? dir.resolve("history-" + databases + ".db").toString()
                : postgres.createDatabase("bench_" + databases);
    }

    private static double direct(String target) throws Exception {
        List<EncodedMessage> events = new ArrayList<>(DIRECT_EVENTS);
        for (long id = 1; id <= DIRECT_EVENTS; id++) {
            events.add(EventPublisher.encoded(id));
        }
        try (HistoryDatabase database = HistoryDatabase.open(target)) {
            HistoryRecorder recorder = new HistoryRecorder(database, PacketDecoding.NONE, BUFFER, BATCH);
            long start = System.nanoTime();
            for (EncodedMessage event : events) {
                recorder.offer(event.topic(), event.payload().toByteArray(), () -> { }, BACK_PRESSURE);
            }
            awaitStored(recorder, DIRECT_EVENTS);
            double rate = DIRECT_EVENTS / seconds(start);
            recorder.close();
            assertEquals(DIRECT_EVENTS, database.packets(HistoryQuery.all()).size());
            return rate;
        }
    }

    private static double mqtt(String target, MosquittoBroker broker) throws Exception {
        // Creates the session, or takes over (and acknowledges) what an earlier round left in it.
        MqttOptionsBuilder session = TestConnections.plain(broker.port()).clientId("bench-store")
                .persistentSession(true);
        try (MqttTransport creating = MqttTransportFactory.standard().create(session.build())) {
            creating.subscribe("gw-event/received_data/#", 1, message -> { });
            creating.connect().get(10, TimeUnit.SECONDS); // completes once the subscription is acknowledged
        }
        try (EventPublisher publisher = new EventPublisher(broker.port())) {
            publisher.publish(MQTT_EVENTS);
        }
        try (HistoryDatabase database = HistoryDatabase.open(target)) {
            HistoryRecorder recorder = new HistoryRecorder(database, PacketDecoding.NONE, BUFFER, BATCH);
            long start = System.nanoTime();
            try (MqttTransport store = MqttTransportFactory.standard()
                    .create(session.manualAcknowledgement(true).build())) {
                store.subscribe("gw-event/received_data/#", 1,
                        message -> recorder.offer(message.topic(), message.payload(), message::acknowledge,
                                BACK_PRESSURE), DeliveryMode.DIRECT);
                store.connect().get(10, TimeUnit.SECONDS);
                awaitStored(recorder, MQTT_EVENTS);
            }
            double rate = MQTT_EVENTS / seconds(start);
            recorder.close();
            assertEquals(MQTT_EVENTS, database.packets(HistoryQuery.all()).size());
            assertEquals(0, recorder.stats().overflowed());
            return rate;
        }
    }

    /** Waits until {@code count} distinct events are stored. */
    private static void awaitStored(HistoryRecorder recorder, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        while (recorder.stats().stored() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not stored within " + LIMIT_SECONDS + " s: " + recorder.stats());
            }
            Thread.sleep(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
