package org.meshbench.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.history.HistoryDatabase;
import org.meshbench.history.HistoryException;
import org.meshbench.history.HistoryRecorder;
import org.meshbench.history.PacketDecoding;
import org.meshbench.history.RecorderStats;
import org.meshbench.protocol.ProtocolException;
import org.meshbench.transport.mqtt.DeliveryMode;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.meshbench.transport.mqtt.settings.MqttSettings;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * {@code meshbench store}: keeps every received_data event, status, request and response in a history
 * database until SIGTERM or Ctrl-C. Messages are acknowledged to the broker only once stored; instances with
 * the same {@code --shared-group} split the traffic.
 */
final class StoreCommand {

    static final String USAGE = """
            usage: meshbench store --db TARGET [--shared-group G] [--persist-session --client-id ID]
                                   [--settings settings.yml] [broker flags]
              --db TARGET      a SQLite file (created if missing), or jdbc:postgresql://HOST:PORT/DB?user=U&password=P
              --shared-group G instances with the same group split the traffic (MQTT shared subscription)
            QoS 1 messages are acknowledged to the broker only once committed. With --persist-session and a
            fixed --client-id, what was not acknowledged when the store stopped or died comes again at its
            next start and is stored once. Runs until SIGTERM or Ctrl-C; a line of counters goes to stderr
            every 10 s while they change, and at the end.
            exit status: 0 stopped, 2 usage, connection or database error
            broker flags:
            """ + MqttSettings.flagHelp();

    /** What the API publishes and a history keeps. */
    private static final List<String> FILTERS = List.of("gw-event/received_data/#", "gw-event/status/#",
            "gw-request/#", "gw-response/#");
    /** Many batches: the writer commits one while the next fills. */
    private static final int BUFFER = 20_000;
    private static final int BATCH = 1_000;
    /** Well within the keep-alive, so that a long wait does not look like a dead connection. */
    private static final Duration BACK_PRESSURE = Duration.ofSeconds(5);
    private static final Duration REPORT_PERIOD = Duration.ofSeconds(10);
    private static final Duration DRAIN = Duration.ofSeconds(20);
    private static final Duration SUBSCRIBE_ALLOWANCE = Duration.ofSeconds(10);

    private final PrintStream out;
    private final PrintStream err;
    private final Optional<DecoderRegistry> decoders;

    StoreCommand(PrintStream out, PrintStream err, Optional<DecoderRegistry> decoders) {
        this.out = out;
        this.err = err;
        this.decoders = decoders;
    }

    /**
     * @param args the arguments after {@code store}
     * @return the exit status
     */
    int run(List<String> args) {
        try {
            List<String> brokerFlags = new ArrayList<>();
            String target = database(args, brokerFlags);
            MqttOptions mqtt = MqttSettings.fromArguments(brokerFlags).toBuilder().manualAcknowledgement(true).build();
            try (HistoryDatabase database = HistoryDatabase.open(target)) {
                store(database, mqtt);
            }
            return MeshbenchCommandLine.OK;
        } catch (UsageException e) {
            err.println("meshbench store: " + e.getMessage());
            err.println(USAGE);
            return MeshbenchCommandLine.USAGE;
        } catch (SettingsException | HistoryException | ConnectionException e) {
            err.println("meshbench store: " + e.getMessage());
            return MeshbenchCommandLine.USAGE;
        }
    }

    private static String database(List<String> args, List<String> brokerFlags) throws UsageException {
        String target = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") || arg.startsWith("--db=")) {
                if (target != null) {
                    throw new UsageException("--db given twice");
                }
                if (arg.equals("--db") && i + 1 == args.size()) {
                    throw new UsageException("--db needs a value");
                }
                target = arg.equals("--db") ? args.get(++i) : arg.substring("--db=".length());
            } else {
                brokerFlags.add(arg);
            }
        }
        if (target == null || target.isBlank()) {
            throw new UsageException("--db is required");
        }
        return target;
    }

    private void store(HistoryDatabase database, MqttOptions mqtt) throws ConnectionException {
        HistoryRecorder recorder = new HistoryRecorder(database, decoding(), BUFFER, BATCH);
        MqttTransport transport;
        try {
            transport = MqttTransportFactory.standard().create(mqtt);
        } catch (MqttTransportException e) {
            recorder.close(Duration.ZERO);
            throw new ConnectionException("cannot use broker " + mqtt.broker() + ": " + e.getMessage());
        }
        // Direct delivery, and a bounded wait there when the buffer is full: the MQTT client then stops reading,
        // so a broker that sends more than its in-flight window (Mosquitto resuming a long queue) is held back
        // instead of overflowing the buffer. The store never publishes, so nothing else waits for that thread.
        for (String filter : FILTERS) {
            transport.subscribeShareable(filter, 1, message -> recorder.offer(message.topic(), message.payload(),
                    message::acknowledge, BACK_PRESSURE), DeliveryMode.DIRECT);
        }
        connect(transport, recorder);
        out.println("meshbench store: storing " + String.join(", ", FILTERS) + " from " + mqtt.broker()
                + mqtt.sharedGroup().map(group -> " (shared group " + group + ")").orElse("") + " into "
                + database.target() + "; stop with SIGTERM or Ctrl-C");
        runUntilStopped(transport, recorder);
    }

    private void connect(MqttTransport transport, HistoryRecorder recorder) throws ConnectionException {
        MqttOptions mqtt = transport.options();
        Duration limit = mqtt.connectTimeout().plus(SUBSCRIBE_ALLOWANCE);
        try {
            transport.connect().get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            transport.close();
            recorder.close(Duration.ZERO);
            throw new ConnectionException("cannot connect to " + mqtt.broker() + ": "
                    + (e.getCause() == null ? "no answer within " + limit.toSeconds() + " s" : e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reports the counters while running. On SIGTERM, stops receiving first and then stores what is
     * buffered: what was not acknowledged comes again from the broker (persistent session) and is skipped.
     */
    private void runUntilStopped(MqttTransport transport, HistoryRecorder recorder) {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            awaitQuietly(stopped, DRAIN.plusSeconds(5));
        }, "meshbench-store-stop"));
        OverflowRecovery recovery = new OverflowRecovery(transport, err);
        RecorderStats reported = recorder.stats();
        try {
            while (!stop.await(REPORT_PERIOD.toMillis(), TimeUnit.MILLISECONDS)) {
                RecorderStats now = recorder.stats();
                if (!now.equals(reported)) {
                    err.println("meshbench store: " + now);
                    reported = now;
                }
                recovery.check(now);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        transport.close();
        err.println("meshbench store: stopped; " + recorder.close(DRAIN));
        stopped.countDown();
    }

    private static void awaitQuietly(CountDownLatch latch, Duration limit) {
        try {
            latch.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The installed decoders, through the command line's received-data mapping; a packet that does not map
     * (no payload, endpoints beyond a byte) stays undecoded.
     */
    private PacketDecoding decoding() {
        if (decoders.isEmpty()) {
            err.println("meshbench store: warning: no decoder registry; payloads are stored undecoded");
            return PacketDecoding.NONE;
        }
        DecoderRegistry registry = decoders.get();
        return (topic, payload) -> {
            try {
                ReceivedApdu packet = ReceivedApdu.of(topic, payload);
                return packet.apdu().map(apdu -> registry.decode(apdu, packet.context()));
            } catch (UsageException | BadInputException | ProtocolException e) {
                return Optional.empty();
            }
        };
    }
}
