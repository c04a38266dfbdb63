package org.meshbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.meshbench.broker.BrokerOptions;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.EmbeddedBroker;
import org.meshbench.broker.TlsIdentity;

/**
 * {@code meshbench broker}: runs the embedded MQTT broker on 127.0.0.1 until the process is stopped, for a
 * machine with no broker installed. Prints the URL to give clients, e.g. {@code meshbench simulate --broker}.
 */
final class BrokerCommand {

    static final Set<String> OPTIONS = Set.of("port", "password-file", "tls-cert", "tls-key");

    private final PrintStream out;

    BrokerCommand(PrintStream out) {
        this.out = out;
    }

    void run(CommandOptions options) throws UsageException, BadInputException {
        BrokerOptions brokerOptions = brokerOptions(options);
        EmbeddedBroker broker;
        try {
            broker = EmbeddedBroker.start(brokerOptions);
        } catch (BrokerStartException e) {
            throw new BadInputException("cannot start the broker: " + e.getMessage());
        }
        out.println("broker listening on " + broker.url() + "; stop with SIGTERM or Ctrl-C");
        UntilStopped.await(broker, "broker");
    }

    private static BrokerOptions brokerOptions(CommandOptions options) throws UsageException, BadInputException {
        BrokerOptions.Builder builder = BrokerOptions.builder();
        try {
            if (options.get("port") != null) {
                builder.port(Integer.parseInt(options.get("port")));
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
