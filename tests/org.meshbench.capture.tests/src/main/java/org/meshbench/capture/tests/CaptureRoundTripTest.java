package org.meshbench.capture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.capture.CapturePlayer;
import org.meshbench.capture.CaptureReader;
import org.meshbench.capture.CaptureRecorder;
import org.meshbench.capture.CaptureWriter;
import org.meshbench.capture.CapturedMessage;
import org.meshbench.simulator.SimulatedFleet;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.simulator.mqtt.MqttSimulation;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.TestConnections;
import org.meshbench.testing.Waits;
import org.meshbench.transport.mqtt.MqttOptionsBuilder;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportFactory;

/**
 * Records the simulator's traffic on one Mosquitto, plays it back at max speed to a second one and records it
 * there again: every message arrives byte for byte with its QoS, none lost, none added, each topic's messages
 * in order.
 */
class CaptureRoundTripTest {

    private static final SimulatorConfig FLEET = SimulatorConfig.builder().size(2, 2, 20).uplinkRate(200).seed(3)
            .build();
    private static final int MESSAGES = 1_000;

    @TempDir
    Path dir;

    @Test
    void aCapturePlayedBackAndRecordedAgainIsTheSame() throws Exception {
        Path first = dir.resolve("first.mbcap");
        Path second = dir.resolve("second.mbcap.gz");
        try (MosquittoBroker source = MosquittoBroker.builder().option("max_queued_messages 0").start();
                MqttSimulation simulation = MqttSimulation.start(SimulatedFleet.create(FLEET),
                        TestConnections.plain(source.port()).build(), MqttTransportFactory.standard())) {
            record(TestConnections.plain(source.port()), first, MESSAGES);
        }
        try (MosquittoBroker target = MosquittoBroker.builder().option("max_queued_messages 0").start();
                MqttTransport recording = connect(target.port());
                MqttTransport playing = MqttTransportFactory.standard()
                        .create(TestConnections.plain(target.port()).maxInflight(500).build())) {
            CaptureRecorder recorder = CaptureRecorder.start(recording, CaptureWriter.create(second, true));
            recording.connect().thenCompose(connected -> recorder.subscribed())
                    .get(Waits.WAIT.toSeconds(), TimeUnit.SECONDS);
            playing.connect().get(Waits.WAIT.toSeconds(), TimeUnit.SECONDS);
            long published;
            try (CaptureReader capture = CaptureReader.open(first)) {
                published = new CapturePlayer(playing, CapturePlayer.MAX_SPEED).play(capture);
            }
            Waits.until("all " + published + " played messages recorded", () -> recorder.messages() >= published);
            Thread.sleep(300); // room for any message too many
            recorder.close();
        }

        List<CapturedMessage> original = readAll(first);
        List<CapturedMessage> replayed = readAll(second);
        assertTrue(original.size() >= MESSAGES, "recorded " + original.size());
        assertEquals(original.size(), replayed.size(), "messages lost or added");
        assertEquals(byTopic(original), byTopic(replayed));
        assertTrue(original.stream().anyMatch(CapturedMessage::retained), "no retained status was recorded");
    }

    private static void record(MqttOptionsBuilder options, Path file, int messages)
            throws Exception {
        try (MqttTransport transport = MqttTransportFactory.standard().create(options.build())) {
            CaptureRecorder recorder = CaptureRecorder.start(transport, CaptureWriter.create(file, false));
            transport.connect().get(Waits.WAIT.toSeconds(), TimeUnit.SECONDS);
            Waits.until(messages + " messages recorded", () -> recorder.messages() >= messages);
            recorder.close();
        }
    }

    private static MqttTransport connect(int port) throws Exception {
        return MqttTransportFactory.standard().create(TestConnections.plain(port).build());
    }

    /**
     * Each topic's messages in order, as payload hex and QoS. The retain flag is left out: a message captured as
     * retained is republished retained, and a subscriber that is already there gets it as a live message.
     */
    private static Map<String, List<String>> byTopic(List<CapturedMessage> messages) {
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        for (CapturedMessage message : messages) {
            byTopic.computeIfAbsent(message.topic(), topic -> new ArrayList<>())
                    .add(message.qos() + ":" + HexFormat.of().formatHex(message.payload()));
        }
        return byTopic;
    }

    private static List<CapturedMessage> readAll(Path file) throws IOException {
        assertTrue(Files.size(file) > 0, file + " is empty");
        List<CapturedMessage> messages = new ArrayList<>();
        try (CaptureReader reader = CaptureReader.open(file)) {
            for (Optional<CapturedMessage> next = reader.next(); next.isPresent(); next = reader.next()) {
                messages.add(next.get());
            }
            assertEquals(Optional.empty(), reader.damage());
        }
        return messages;
    }
}
