package org.meshbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.meshbench.capture.CapturePlayer;
import org.meshbench.capture.CaptureReader;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * {@code meshbench playback FILE --broker URL [--speed 1|max|N] [--loop] [broker flags]}: republishes a capture
 * with its topics, payloads, QoS and retain flags, at its original pacing unless told otherwise; with
 * {@code --loop} again and again until the process is stopped. A damaged capture plays up to the damage, which is
 * reported on stderr.
 */
final class PlaybackCommand {

    static final Set<String> OPTIONS = Set.of("speed");
    static final Set<String> FLAGS = Set.of("loop");

    private final PrintStream out;
    private final PrintStream err;

    PlaybackCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(Path file, CommandOptions options) throws UsageException, BadInputException, SettingsException,
            ConnectionException {
        double speed = speed(options.get("speed"));
        MqttOptions mqtt = BrokerFlags.read("playback", options.brokerFlags(), err);
        try (MqttTransport transport = MqttTransportFactory.standard().create(mqtt)) {
            Connections.await(transport.connect(), mqtt);
            CapturePlayer player = new CapturePlayer(transport, speed);
            do {
                play(file, player);
            } while (options.flag("loop"));
        } catch (MqttTransportException e) {
            throw new ConnectionException("playback to " + mqtt.broker() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void play(Path file, CapturePlayer player) throws BadInputException, MqttTransportException,
            InterruptedException {
        try (CaptureReader capture = CaptureReader.open(file)) {
            long published = player.play(capture);
            capture.damage().ifPresent(damage -> err.println("meshbench playback: " + file + ": " + damage));
            out.println("published " + published + " messages from " + file);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static double speed(String text) throws UsageException {
        if (text == null) {
            return 1;
        }
        if (text.equals("max")) {
            return CapturePlayer.MAX_SPEED;
        }
        try {
            double speed = Double.parseDouble(text);
            if (speed > 0 && Double.isFinite(speed)) {
                return speed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--speed must be max or a number above 0, not " + text);
    }
}
