package org.meshbench.decoders.ui.internal.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.ui.internal.model.PacketRow;
import org.meshbench.network.NetworkClient;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.testing.SimulatedNetwork;
import org.meshbench.testing.ui.UiWait;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.osgi.framework.ServiceRegistration;

/**
 * How many packets a second the Packets view takes from the workbench connection into its table: a publisher floods
 * the embedded broker with received-data events (diagnostics-sized payloads on the traffic diagnostics endpoints, so
 * that each is really decoded) and the clock runs until every packet is in the table or counted as dropped. Not part
 * of the normal test run (its name does not end in Test); run it with
 * {@code -Dtest=org/meshbench/decoders/ui/internal/view/PacketsViewBenchmark}. Results go to
 * {@code target/benchmarks/packets-view.txt}; there is no timed assertion.
 */
class PacketsViewBenchmark {

    private static final int PACKETS = 50_000;
    private static final int ROUNDS = 5;
    private static final int WINDOW = 1000;
    private static final int QUIET_MILLIS = 3000;
    private static final String GATEWAY = "bench-gw";
    private static final Pattern DROPPED = Pattern.compile("([0-9,]+) dropped");
    private static final List<String> REPORT = new ArrayList<>();

    private static SimulatedNetwork network;
    private static long nextEventId = 1;

    @BeforeAll
    static void start() throws Exception {
        network = SimulatedNetwork.start(SimulatorConfig.builder().size(1, 1, 1).uplinkRate(0).seed(1).build());
        REPORT.add(String.format(Locale.ROOT, "Packets view intake, %d packets a round, Java %s, %d cores", PACKETS,
                Runtime.version(), Runtime.getRuntime().availableProcessors()));
    }

    @AfterAll
    static void writeReport() throws IOException {
        network.close();
        Path dir = Path.of(System.getProperty("benchmarkDir", "target/benchmarks"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("packets-view.txt"), REPORT, StandardCharsets.UTF_8);
        REPORT.forEach(System.out::println);
    }

    @Test
    void packetsPerSecondIntoTheTable() throws Exception {
        NetworkClient client = network.connectClient();
        ServiceRegistration<NetworkClient> shared = Simulation.share(client);
        MqttTransport publisher = MqttTransportFactory.standard().create(network.clientOptions().toBuilder()
                .clientId("packets-view-benchmark").maxInflight(WINDOW).build());
        publisher.connect().get(10, TimeUnit.SECONDS);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                ViewDriver driver = ViewDriver.openFresh();
                UiWait.until(() -> driver.status().startsWith("Workbench connection"), Duration.ofSeconds(30),
                        driver::status);
                REPORT.add(round(round, driver, publisher));
            }
        } finally {
            publisher.close();
            shared.unregister();
        }
    }

    /**
     * Runs until every packet is in the table or counted as dropped, or until nothing has changed for
     * {@value #QUIET_MILLIS} ms after the publisher finished (the broker may lose some under such a flood); the rate
     * is taken up to the last change.
     */
    private static String round(int round, ViewDriver driver, MqttTransport publisher) throws Exception {
        long start = System.nanoTime();
        Thread feeder = new Thread(() -> publish(publisher), "benchmark publisher");
        feeder.start();
        long lastNumber = 0;
        long lost = 0;
        long lastChange = start;
        while (lastNumber + lost < PACKETS
                && (feeder.isAlive() || System.nanoTime() - lastChange < QUIET_MILLIS * 1_000_000L)) {
            UiWait.runEventsFor(20);
            List<PacketRow> rows = driver.rows();
            long number = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).number();
            // the status counts the rows that made room for newer ones too; those reached the table
            long nowLost = dropped(driver.status()) - Math.max(0, number - rows.size());
            if (number != lastNumber || nowLost != lost) {
                lastNumber = number;
                lost = nowLost;
                lastChange = System.nanoTime();
            }
        }
        feeder.join();
        double seconds = (lastChange - start) / 1e9;
        return String.format(Locale.ROOT, "round %d: %,d packets reached the table, %,d dropped by the view, %,d"
                + " never reached it (broker), in %.2f s: %,.0f packets/s", round, lastNumber, lost,
                PACKETS - lastNumber - lost, seconds, lastNumber / seconds);
    }

    private static long dropped(String status) {
        Matcher matcher = DROPPED.matcher(status);
        return matcher.find() ? Long.parseLong(matcher.group(1).replace(",", "")) : 0;
    }

    private static void publish(MqttTransport publisher) {
        GatewayCodec codec = new GatewayCodec();
        Semaphore window = new Semaphore(WINDOW);
        try {
            for (int i = 0; i < PACKETS; i++) {
                EncodedMessage event = codec.encodeEvent(event(nextEventId++));
                window.acquire();
                publisher.publish(event.topic(), event.payload().toByteArray(), 1, false)
                        .whenComplete((ignored, failure) -> window.release());
            }
            window.tryAcquire(WINDOW, 60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Traffic diagnostics (251→255), 36 bytes, from one of 1,000 nodes. */
    private static ReceivedDataEvent event(long eventId) {
        byte[] payload = new byte[36];
        payload[0] = (byte) eventId;
        return new ReceivedDataEvent(new EventHeader(GATEWAY, Optional.of("sink0"), eventId, OptionalLong.empty()),
                eventId % 1000, 1, 251, 255, 20, System.currentTimeMillis(), 0, Optional.of(Bytes.of(payload)),
                OptionalLong.empty(), OptionalLong.of(1), OptionalLong.of(0x1234));
    }
}
