package org.meshbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.WhitelistException;
import org.meshbench.simulator.SimulatedFleet;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.simulator.ValidationMode;
import org.meshbench.simulator.mqtt.MqttGateway;
import org.meshbench.simulator.mqtt.MqttSimulation;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttOptionsBuilder;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.meshbench.transport.mqtt.TlsOptions;

/**
 * {@code meshbench simulate}: runs simulated gateways against a broker until the process is stopped.
 * On SIGTERM or Ctrl-C a shutdown hook publishes every gateway's OFFLINE status and disconnects
 * cleanly, then prints how many received_data events each gateway published (acknowledged by the
 * broker): {@code published GATEWAY COUNT received_data events}. Without {@code --seed} a random seed is
 * drawn and printed, so that a run can be repeated.
 */
final class SimulateCommand {

    static final Set<String> OPTIONS = Set.of("broker", "username", "password", "ca", "gateways", "sinks", "nodes",
            "rate", "seed", "validation", "provisioning");

    /** Keep-alive of the official gateway. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);
    /** Room for QoS 1 traffic at high rates. */
    private static final int MAX_INFLIGHT = 1000;

    private final PrintStream out;

    SimulateCommand(PrintStream out) {
        this.out = out;
    }

    void run(CommandOptions options) throws UsageException, BadInputException {
        MqttOptions mqtt = mqttOptions(options);
        SimulatorConfig config = simulatorConfig(options);
        MqttSimulation simulation;
        try {
            simulation = MqttSimulation.start(SimulatedFleet.create(config), mqtt, MqttTransportFactory.standard());
        } catch (MqttTransportException e) {
            throw new BadInputException("cannot run gateways on " + mqtt.broker() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        out.println("simulating gateways " + config.gatewayId(0) + " .. " + config.gatewayId(config.gateways() - 1)
                + " on " + mqtt.broker() + ": " + config + "; stop with SIGTERM or Ctrl-C");
        UntilStopped.await(() -> {
            simulation.close();
            printPublished(simulation);
        }, "simulate");
    }

    /** Tells what a stopped run published, so that a store or a capture can be checked against it. */
    private void printPublished(MqttSimulation simulation) {
        for (MqttGateway gateway : simulation.gateways()) {
            out.println("published " + gateway.gatewayId() + " " + gateway.publishedPackets() + " received_data events");
        }
    }

    private static MqttOptions mqttOptions(CommandOptions options) throws UsageException, BadInputException {
        try {
            MqttOptionsBuilder builder = MqttOptions.builder().broker(options.required("broker"))
                    .keepAlive(KEEP_ALIVE).maxInflight(MAX_INFLIGHT);
            String user = options.get("username");
            String password = options.get("password");
            if (user != null) {
                builder.credentials(user, password == null ? null : password.toCharArray());
            } else if (password != null) {
                throw new BadInputException("--password needs --username");
            }
            if (options.get("ca") != null) {
                builder.tls(TlsOptions.defaults().withCaFile(Path.of(options.get("ca"))));
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            // A bad broker URL, options that contradict each other, or a --ca path that is not a path.
            throw new BadInputException(e.getMessage());
        }
    }

    private static SimulatorConfig simulatorConfig(CommandOptions options) throws BadInputException {
        try {
            return SimulatorConfig.builder()
                    .size(integer(options, "gateways", 1), integer(options, "sinks", 1), integer(options, "nodes", 10))
                    .uplinkRate(options.get("rate") == null ? 1 : Double.parseDouble(options.get("rate")))
                    .seed(options.get("seed") == null ? new SecureRandom().nextLong()
                            : Long.parseLong(options.get("seed")))
                    .validation(validation(options.get("validation")))
                    .provisioning(options.get("provisioning") == null ? null : whitelist(options.get("provisioning")))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static Whitelist whitelist(String file) throws BadInputException {
        try {
            return Whitelist.read(Path.of(file));
        } catch (WhitelistException e) {
            throw new BadInputException("--provisioning " + e.getMessage());
        }
    }

    private static int integer(CommandOptions options, String name, int fallback) throws BadInputException {
        String value = options.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadInputException("--" + name + " is not a whole number: " + value);
        }
    }

    private static ValidationMode validation(String value) throws BadInputException {
        if (value == null) {
            return ValidationMode.OFFICIAL;
        }
        try {
            return ValidationMode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--validation must be official or strict, not " + value);
        }
    }
}
