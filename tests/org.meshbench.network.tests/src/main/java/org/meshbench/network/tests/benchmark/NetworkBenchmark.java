package org.meshbench.network.tests.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.network.DataFilter;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientOptions;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.network.tests.NetworkFixture;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testing.MinimalGateway;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.TestConnections;
import org.meshbench.testing.Waits;

/**
 * Side-by-side figures on one Mosquitto, alternating the candidates round by round: received-data
 * ingest of the network client against a bare Paho subscriber that only parses the protobuf, and
 * sync send_data round trips against a bare Paho publish-and-wait. Not part of the normal test
 * run (its name does not end in Test); run it with
 * {@code -Dtest=org/meshbench/network/tests/benchmark/NetworkBenchmark}. Results go to
 * {@code target/benchmarks/network-benchmark.txt}.
 *
 * <p>Ingest is measured as a drain: the broker first queues the events for a disconnected
 * persistent session, so that the publisher does not compete for the CPU while a subscriber is
 * timed.
 */
class NetworkBenchmark {
    private static final int EVENTS = 100_000;
    private static final int ROUNDS = 5;
    private static final int NETWORK = 0;
    private static final int TRANSPORT = 1;
    private static final int BARE = 2;
    private static final int WARMUP_REQUESTS = 500;
    private static final int REQUESTS = 2_000;
    private static final SinkRef SINK = new SinkRef("rt-gw", "sink0");
    private static final OutgoingPacket PACKET = OutgoingPacket.to(1, 1, 1, Bytes.fromHex("01"));

    private static final List<String> REPORT = new ArrayList<>();
    private static MosquittoBroker broker;

    /** Connects a subscriber; the broker then delivers what it queued. */
    private interface Connection {
        void connect() throws Exception;
    }

    @BeforeAll
    static void startBroker() throws IOException {
        broker = MosquittoBroker.builder().option("max_queued_messages 0").start();
        REPORT.add(String.format(Locale.ROOT, "%s, Java %s, %d cores", mosquittoVersion(), Runtime.version(),
                Runtime.getRuntime().availableProcessors()));
    }

    @AfterAll
    static void writeReport() throws IOException {
        broker.close();
        Path dir = Path.of(System.getProperty("benchmarkDir", "target/benchmarks"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("network-benchmark.txt"), REPORT, StandardCharsets.UTF_8);
        REPORT.forEach(System.out::println);
    }

    private static String mosquittoVersion() {
        return broker.log().lines().filter(line -> line.contains("mosquitto version")).findFirst()
                .map(line -> line.substring(line.indexOf("mosquitto version"))).orElse("mosquitto (version not logged)");
    }

    @Test
    void ingest() throws Exception {
        double[][] rates = new double[3][ROUNDS];
        AtomicReference<CountDownLatch> received = new AtomicReference<>(new CountDownLatch(0));
        try (EventPublisher publisher = new EventPublisher(broker.port());
                BarePahoSubscriber paho = new BarePahoSubscriber(broker.port());
                TransportSubscriber transport = new TransportSubscriber(broker.port());
                NetworkClient client = networkClientWithSession()) {
            client.addDataListener(DataFilter.ALL, packet -> received.get().countDown());
            client.disconnect().get(10, TimeUnit.SECONDS);
            for (int round = 0; round < ROUNDS; round++) {
                // Rotating the order each round keeps a warm-up or drift from favouring one candidate.
                for (int turn = 0; turn < 3; turn++) {
                    int candidate = (round + turn) % 3;
                    publisher.publish(EVENTS);
                    switch (candidate) {
                        case NETWORK -> {
                            received.set(new CountDownLatch(EVENTS));
                            rates[NETWORK][round] = drain(client::connect, received.get());
                            client.disconnect().get(10, TimeUnit.SECONDS);
                        }
                        case TRANSPORT -> {
                            rates[TRANSPORT][round] = drain(transport::connect, transport.expect(EVENTS));
                            transport.disconnect();
                        }
                        default -> {
                            rates[BARE][round] = drain(paho::connect, paho.expect(EVENTS));
                            paho.disconnect();
                        }
                    }
                }
            }
            assertEquals(0, client.statistics().listenerDrops());
        }
        reportIngest(rates);
    }

    private static void reportIngest(double[][] rates) {
        REPORT.add(String.format(Locale.ROOT, "ingest of %d received_data events (QoS 1, %d B payloads), %d rounds,"
                + " msg/s:", EVENTS, EventPublisher.PAYLOAD_SIZE, ROUNDS));
        REPORT.add("  network client (decode, dedup, node store, data listener): " + rates(rates[NETWORK]));
        REPORT.add("  MQTT transport alone (protobuf parse only):                " + rates(rates[TRANSPORT]));
        REPORT.add("  bare Paho subscriber (protobuf parse only):                " + rates(rates[BARE]));
        double bare = Percentiles.median(rates[BARE]);
        REPORT.add(String.format(Locale.ROOT, "  ratio of medians to bare Paho: network client %.3f (goal >= 0.95),"
                + " transport alone %.3f", Percentiles.median(rates[NETWORK]) / bare,
                Percentiles.median(rates[TRANSPORT]) / bare));
    }

    private static NetworkClient networkClientWithSession() throws Exception {
        NetworkClient client = NetworkFixture.factory().open(TestConnections.plain(broker.port())
                .clientId("bench-network").persistentSession(true).build(), NetworkClientOptions.builder()
                .listenerQueueCapacity(EVENTS).build());
        client.connect().get(10, TimeUnit.SECONDS);
        return client;
    }

    /** @return messages per second from connecting until all arrived */
    private static double drain(Connection connection, CountDownLatch done) throws Exception {
        long start = System.nanoTime();
        connection.connect();
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError(done.getCount() + " of " + EVENTS + " events did not arrive");
        }
        return EVENTS / ((System.nanoTime() - start) / 1e9);
    }

    private static String rates(double[] perRound) {
        return Arrays.stream(perRound).mapToObj(rate -> String.format(Locale.ROOT, "%.0f", rate)).toList()
                + String.format(Locale.ROOT, ", median %.0f", Percentiles.median(perRound));
    }

    @Test
    void roundTrip() throws Exception {
        long[] network = new long[ROUNDS * REQUESTS];
        long[] bare = new long[ROUNDS * REQUESTS];
        try (MinimalGateway gateway = MinimalGateway.builder(SINK.gatewayId())
                .sink(NetworkFixture.sink(SINK.sinkId(), 7, 1)).start(TestConnections.plain(broker.port()));
                BarePahoRequester paho = new BarePahoRequester(broker.port(), SINK.gatewayId(), SINK.sinkId());
                NetworkClient client = NetworkFixture.factory().open(TestConnections.plain(broker.port()).build())) {
            client.connect().get(10, TimeUnit.SECONDS);
            Waits.until("gateway known", () -> client.gateway(SINK.gatewayId()).isPresent());
            for (int i = 0; i < WARMUP_REQUESTS; i++) {
                client.sync().sendData(SINK, PACKET);
                paho.roundTrip();
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < REQUESTS; i++) {
                    long start = System.nanoTime();
                    client.sync().sendData(SINK, PACKET);
                    network[round * REQUESTS + i] = System.nanoTime() - start;
                }
                for (int i = 0; i < REQUESTS; i++) {
                    bare[round * REQUESTS + i] = paho.roundTrip();
                }
            }
        }
        REPORT.add(String.format(Locale.ROOT, "send_data round trip, %d requests after %d warm-up, QoS 2, TCP_NODELAY:",
                ROUNDS * REQUESTS, WARMUP_REQUESTS));
        REPORT.add("  network client sync sendData: " + latencies(network));
        REPORT.add("  bare Paho publish + wait:     " + latencies(bare));
    }

    private static String latencies(long[] nanos) {
        return String.format(Locale.ROOT, "p50 %.0f us, p99 %.0f us", Percentiles.of(nanos, 50) / 1e3,
                Percentiles.of(nanos, 99) / 1e3);
    }
}
