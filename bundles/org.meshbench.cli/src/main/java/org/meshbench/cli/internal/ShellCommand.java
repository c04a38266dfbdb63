package org.meshbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.shell.GatewayShell;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * {@code meshbench cli [broker flags] [-c "cmd; cmd"] [-f SCRIPT]}: the gateway shell, interactive without
 * {@code -c} and {@code -f}. Exit status of a script: 0 when every command succeeded, 1 when one failed, 2 for an
 * unknown command, wrong arguments or no connection.
 */
final class ShellCommand {

    private static final Duration SERVICE_WAIT = Duration.ofSeconds(10);
    /** Retained gateway statuses arrive right after subscribing; a script's first command should see them. */
    private static final Duration SETTLE = Duration.ofMillis(700);

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Optional<DecoderRegistry>> decoders;

    ShellCommand(PrintStream out, PrintStream err, Supplier<Optional<DecoderRegistry>> decoders) {
        this.out = out;
        this.err = err;
        this.decoders = decoders;
    }

    int run(List<String> args) throws UsageException, BadInputException, SettingsException, ConnectionException,
            ServicesUnavailableException {
        List<String> script = new ArrayList<>();
        List<String> brokerFlags = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("-c") || arg.equals("-f")) && i + 1 == args.size()) {
                throw new UsageException(arg + " needs a value");
            }
            if (arg.equals("-c")) {
                script.add(args.get(++i));
            } else if (arg.equals("-f")) {
                script.addAll(readScript(args.get(++i)));
            } else {
                brokerFlags.add(arg);
            }
        }
        boolean interactive = script.isEmpty() && !args.contains("-c") && !args.contains("-f");
        MqttOptions mqtt = BrokerFlags.read("cli", brokerFlags, err);
        NetworkClientFactory clients = FrameworkServices.await(NetworkClientFactory.class, SERVICE_WAIT);
        try (NetworkClient client = clients.open(mqtt)) {
            Connections.await(client.connect(), mqtt);
            Thread.sleep(SETTLE);
            GatewayShell shell = new GatewayShell(client, decoders.get());
            return interactive ? shell.runOnTerminal() : shell.runScript(script, out);
        } catch (MqttTransportException e) {
            throw new ConnectionException("cannot use broker " + mqtt.broker() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException("cannot open the terminal: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("interrupted");
        }
    }

    private static List<String> readScript(String file) throws BadInputException {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
