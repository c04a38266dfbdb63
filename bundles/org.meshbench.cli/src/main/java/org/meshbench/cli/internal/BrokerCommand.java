package org.meshbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.meshbench.broker.BrokerOptions;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.EmbeddedBroker;
import org.meshbench.broker.TlsIdentity;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.settings.MqttSettings;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * {@code meshbench broker}: runs the embedded MQTT broker on 127.0.0.1 until the process is stopped, for a
 * machine with no broker installed. Prints the URL to give clients, e.g. {@code meshbench simulate --broker}.
 * With {@code --settings}, it listens where the clients of that settings.yml connect: its port, and TLS
 * when the settings ask for it (which then needs {@code --tls-cert} and {@code --tls-key}).
 */
final class BrokerCommand {

    static final Set<String> OPTIONS = Set.of("port", "password-file", "tls-cert", "tls-key", "settings");

    private final PrintStream out;
    private final PrintStream err;

    BrokerCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(CommandOptions options) throws UsageException, BadInputException, SettingsException {
        BrokerOptions brokerOptions = brokerOptions(options, clientSettings(options));
        EmbeddedBroker broker;
        try {
            broker = EmbeddedBroker.start(brokerOptions);
        } catch (BrokerStartException e) {
            throw new BadInputException("cannot start the broker: " + e.getMessage());
        }
        out.println("broker listening on " + broker.url() + "; stop with SIGTERM or Ctrl-C");
        UntilStopped.await(broker, "broker");
    }

    /** @return the broker address the settings' clients connect to, if settings are given */
    private Optional<BrokerUrl> clientSettings(CommandOptions options) throws SettingsException, UsageException {
        if (options.get("settings") == null) {
            return Optional.empty();
        }
        BrokerUrl url = MqttSettings.fromFile(Path.of(options.get("settings")),
                notice -> err.println("meshbench broker: " + notice)).broker();
        if (url.scheme().websocket()) {
            throw new UsageException("the settings describe a websocket broker; the embedded broker speaks TCP");
        }
        if (url.scheme().secure() && options.get("tls-cert") == null) {
            throw new UsageException("the settings describe a TLS broker: give --tls-cert and --tls-key, or set "
                    + "mqtt_force_unsecure: true");
        }
        return Optional.of(url);
    }

    private static BrokerOptions brokerOptions(CommandOptions options, Optional<BrokerUrl> clients)
            throws UsageException, BadInputException {
        BrokerOptions.Builder builder = BrokerOptions.builder();
        try {
            if (options.get("port") != null) {
                builder.port(Integer.parseInt(options.get("port")));
            } else {
                clients.ifPresent(url -> builder.port(url.port()));
            }
            if (options.get("password-file") != null) {
                builder.passwordFile(Path.of(options.get("password-file")));
            }
            String certificate = options.get("tls-cert");
            String key = options.get("tls-key");
            if ((certificate == null) != (key == null)) {
                throw new UsageException("--tls-cert and --tls-key go together");
            }
            if (certificate != null) {
                builder.tls(TlsIdentity.pem(Path.of(certificate), Path.of(key)));
            }
            return builder.build();
        } catch (NumberFormatException e) {
            throw new BadInputException("--port is not a whole number: " + options.get("port"));
        } catch (IllegalArgumentException e) { // also an unusable path (InvalidPathException)
            throw new BadInputException(e.getMessage());
        }
    }
}
