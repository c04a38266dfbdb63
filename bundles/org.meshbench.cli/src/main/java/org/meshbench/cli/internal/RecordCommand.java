package org.meshbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.meshbench.capture.CaptureRecorder;
import org.meshbench.capture.CaptureWriter;
import org.meshbench.testcases.DurationText;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * {@code meshbench record --out FILE [--duration D] [broker flags]}: records every message on the broker into a
 * capture (gzip-compressed when FILE ends in {@code .gz}) until the duration is over or the process is stopped
 * (SIGTERM, Ctrl-C), then closes the file.
 */
final class RecordCommand {

    static final Set<String> OPTIONS = Set.of("out", "duration");

    private final PrintStream out;
    private final PrintStream err;

    RecordCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(CommandOptions options) throws UsageException, BadInputException, SettingsException,
            ConnectionException {
        Path file = Path.of(options.required("out"));
        Optional<Duration> duration = duration(options.get("duration"));
        MqttOptions mqtt = BrokerFlags.read("record", options.brokerFlags(), err);
        try (MqttTransport transport = MqttTransportFactory.standard().create(mqtt)) {
            CaptureRecorder recorder = CaptureRecorder.start(transport, writer(file));
            Connections.await(transport.connect().thenCompose(connected -> recorder.subscribed()), mqtt);
            out.println("recording every topic of " + mqtt.broker() + " to " + file
                    + duration.map(d -> " for " + DurationText.format(d)).orElse("") + "; stop with Ctrl-C");
            awaitEnd(duration, recorder, file);
        } catch (MqttTransportException e) {
            throw new ConnectionException("cannot use broker " + mqtt.broker() + ": " + e.getMessage());
        }
    }

    private static CaptureWriter writer(Path file) throws BadInputException {
        try {
            return CaptureWriter.create(file, file.getFileName().toString().endsWith(".gz"));
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** Ends after the duration, or when the process is asked to stop; the file is closed either way. */
    private void awaitEnd(Optional<Duration> duration, CaptureRecorder recorder, Path file) throws BadInputException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            finish(recorder, file);
            stopped.countDown();
        }, "meshbench-record-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (duration.isPresent() ? stopped.await(duration.get().toMillis(), TimeUnit.MILLISECONDS)
                    : awaitForever(stopped)) {
                return;
            }
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException shuttingDown) {
            return; // the hook runs and closes the file
        }
        if (!finish(recorder, file)) {
            throw new BadInputException("recording to " + file + " failed; see above");
        }
    }

    private static boolean awaitForever(CountDownLatch stopped) throws InterruptedException {
        stopped.await();
        return true;
    }

    private boolean finish(CaptureRecorder recorder, Path file) {
        try {
            recorder.close();
            out.println("recorded " + recorder.messages() + " messages to " + file);
            return true;
        } catch (IOException e) {
            err.println("meshbench record: writing " + file + " failed after " + recorder.messages()
                    + " messages: " + e.getMessage());
            return false;
        }
    }

    private static Optional<Duration> duration(String text) throws UsageException {
        try {
            return text == null ? Optional.empty() : Optional.of(DurationText.parse(text));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--duration: " + e.getMessage());
        }
    }
}
