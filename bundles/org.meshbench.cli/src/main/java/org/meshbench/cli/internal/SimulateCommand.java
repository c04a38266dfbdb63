package org.meshbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.WhitelistException;
import org.meshbench.simulator.GatewayBehaviour;
import org.meshbench.simulator.SimulatedFleet;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.simulator.ValidationMode;
import org.meshbench.simulator.mqtt.MqttGateway;
import org.meshbench.simulator.mqtt.MqttSimulation;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttOptionsBuilder;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * {@code meshbench simulate}: runs simulated gateways against a broker until the process is stopped.
 * On SIGTERM or Ctrl-C a shutdown hook publishes every gateway's OFFLINE status and disconnects
 * cleanly, then prints how many received_data events each gateway published (acknowledged by the
 * broker): {@code published GATEWAY COUNT received_data events}. Without {@code --seed} a random seed is
 * drawn and printed, so that a run can be repeated.
 */
final class SimulateCommand {

    static final Set<String> OPTIONS = Set.of("gateways", "sinks", "nodes", "rate", "seed", "validation",
            "provisioning");

    /** Keep-alive of the official gateway. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);
    /** Room for QoS 1 traffic at high rates. */
    private static final int MAX_INFLIGHT = 1000;

    private final PrintStream out;
    private final PrintStream err;

    SimulateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(CommandOptions options) throws BadInputException, SettingsException {
        MqttOptions mqtt = mqttOptions(BrokerFlags.read("simulate", options.brokerFlags(), err));
        SimulatorConfig config = simulatorConfig(options);
        SimulatedFleet fleet = SimulatedFleet.create(config);
        MqttSimulation simulation;
        try {
            simulation = MqttSimulation.start(fleet, mqtt, MqttTransportFactory.standard());
        } catch (MqttTransportException e) {
            throw new BadInputException("cannot run gateways on " + mqtt.broker() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        out.println("simulating gateways " + config.gatewayId(0) + " .. " + config.gatewayId(config.gateways() - 1)
                + " on " + mqtt.broker() + ": " + config + "; stop with SIGTERM or Ctrl-C");
        printSinks(fleet);
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

    /** One line per sink, so that a user knows which ids and network to give other commands. */
    private void printSinks(SimulatedFleet fleet) {
        for (GatewayBehaviour gateway : fleet.gateways()) {
            for (SinkReadConfig sink : gateway.sinkConfigs()) {
                long network = sink.networkAddress().orElse(0);
                out.printf(Locale.ROOT, "gateway %s sink %s network %d (0x%x) node %d, %d nodes%n",
                        gateway.gatewayId(), sink.sinkId(), network, network, sink.nodeAddress().orElse(0),
                        gateway.nodeAddresses(sink.sinkId()).size());
            }
        }
    }

    /** The official gateway's keep-alive and room for QoS 1 bursts, unless the user chose otherwise. */
    private static MqttOptions mqttOptions(MqttOptions given) {
        MqttOptions defaults = MqttOptions.builder().broker(given.broker()).build();
        MqttOptionsBuilder builder = given.toBuilder();
        if (given.keepAlive().equals(defaults.keepAlive())) {
            builder.keepAlive(KEEP_ALIVE);
        }
        if (given.maxInflight() == defaults.maxInflight()) {
            builder.maxInflight(MAX_INFLIGHT);
        }
        return builder.build();
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
