package org.meshbench.capture.tests.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.capture.CapturePlayer;
import org.meshbench.capture.CaptureReader;
import org.meshbench.capture.CaptureRecorder;
import org.meshbench.capture.CaptureWriter;
import org.meshbench.capture.CapturedMessage;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.TestConnections;
import org.meshbench.testing.Waits;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportFactory;

/**
 * How fast captures are written: the writer alone, plain and gzip, and a recorder on Mosquitto while a publisher
 * (the capture player at speed 1) sends received-data-sized messages at 20,000 messages/s. Not part of the
 * normal test run (its name does not end in Test); run it with
 * {@code -Dtest=org/meshbench/capture/tests/benchmark/CaptureBenchmark}. Figures go to
 * {@code target/benchmarks/capture-benchmark.txt}.
 */
class CaptureBenchmark {

    private static final int WRITER_MESSAGES = 1_000_000;
    private static final int RATE = 20_000;
    private static final int SECONDS = 5;
    /** A typical received_data event: topic of 40 bytes, protobuf of about 60. */
    private static final String TOPIC = "gw-event/received_data/gw-0/sink0/1193046/1/1";
    private static final byte[] PAYLOAD = new byte[64];
    private static final List<String> REPORT = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterAll
    static void writeReport() throws IOException {
        Path out = Path.of(System.getProperty("benchmarkDir", "target/benchmarks"));
        Files.createDirectories(out);
        REPORT.add(0, String.format(Locale.ROOT, "Java %s, %d cores", Runtime.version(),
                Runtime.getRuntime().availableProcessors()));
        Files.write(out.resolve("capture-benchmark.txt"), REPORT, StandardCharsets.UTF_8);
        REPORT.forEach(System.out::println);
    }

    @Test
    void writerAlone() throws IOException {
        for (boolean compress : new boolean[] {false, true}) {
            Path file = dir.resolve("writer" + (compress ? ".mbcap.gz" : ".mbcap"));
            long start = System.nanoTime();
            try (CaptureWriter writer = CaptureWriter.create(file, compress)) {
                Instant time = Instant.now();
                for (int i = 0; i < WRITER_MESSAGES; i++) {
                    writer.write(new CapturedMessage(time.plusNanos(i * 1000L), TOPIC, PAYLOAD, 1, false, false));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            REPORT.add(String.format(Locale.ROOT, "writer %s: %,d messages in %.2f s = %,.0f messages/s, %,d bytes",
                    compress ? "gzip " : "plain", WRITER_MESSAGES, seconds, WRITER_MESSAGES / seconds,
                    Files.size(file)));
        }
    }

    @Test
    void recorderAt20000MessagesPerSecond() throws Exception {
        int total = RATE * SECONDS;
        try (MosquittoBroker broker = MosquittoBroker.builder().option("max_queued_messages 0").start();
                MqttTransport recording = MqttTransportFactory.standard()
                        .create(TestConnections.plain(broker.port()).build());
                MqttTransport publishing = MqttTransportFactory.standard()
                        .create(TestConnections.plain(broker.port()).maxInflight(2_000).build())) {
            CaptureRecorder recorder = CaptureRecorder.start(recording,
                    CaptureWriter.create(dir.resolve("recorded.mbcap.gz"), true));
            recording.connect().thenCompose(connected -> recorder.subscribed())
                    .get(Waits.WAIT.toSeconds(), TimeUnit.SECONDS);
            publishing.connect().get(Waits.WAIT.toSeconds(), TimeUnit.SECONDS);
            Path paced = paced(total);
            long start = System.nanoTime();
            try (CaptureReader capture = CaptureReader.open(paced)) {
                new CapturePlayer(publishing, 1).play(capture);
            }
            double sent = (System.nanoTime() - start) / 1e9;
            while (recorder.messages() < total && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
                Thread.sleep(10);
            }
            double recorded = (System.nanoTime() - start) / 1e9;
            recorder.close();
            REPORT.add(String.format(Locale.ROOT, "recorder on %s at QoS 1: %,d messages published in %.2f s "
                    + "(%,.0f/s), %,d recorded after %.2f s (%,.0f/s), lost %,d", "Mosquitto", total, sent,
                    total / sent, recorder.messages(), recorded, recorder.messages() / recorded,
                    total - recorder.messages()));
            assertEquals(total, recorder.messages());
        }
    }

    /** @return a capture of {@code total} messages at {@value #RATE} per second, for the player to pace */
    private Path paced(int total) throws IOException {
        Path file = dir.resolve("paced.mbcap");
        long interval = 1_000_000_000L / RATE;
        Instant time = Instant.now();
        try (CaptureWriter writer = CaptureWriter.create(file, false)) {
            for (int i = 0; i < total; i++) {
                writer.write(new CapturedMessage(time.plusNanos(i * interval), TOPIC, PAYLOAD, 1, false, false));
            }
        }
        return file;
    }
}
