package org.meshbench.demo.internal;

import java.util.List;
import java.util.stream.IntStream;
import org.meshbench.broker.BrokerOptions;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.EmbeddedBroker;
import org.meshbench.simulator.SimulatedFleet;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.simulator.mqtt.MqttSimulation;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.MqttTransportFactory;

/**
 * The demo's network: the embedded broker on a free port of 127.0.0.1 and simulated gateways publishing to it.
 * The seed is fixed, so every demo shows the same network addresses and nodes. Thread-safe.
 */
public final class DemoNetwork implements AutoCloseable {

    private static final int UPLINK_PACKETS_PER_SECOND = 10;

    /** Diagnostics are what the Packets view decodes best; the simulator's default is a tenth. */
    private static final double DIAGNOSTICS_SHARE = 0.3;

    /** 2 gateways × 2 sinks × 50 nodes, a modest uplink over the whole fleet, a fixed seed. */
    public static final SimulatorConfig CONFIG = SimulatorConfig.builder().size(2, 2, 50)
            .uplinkRate(UPLINK_PACKETS_PER_SECOND).diagnosticsShare(DIAGNOSTICS_SHARE).seed(1).build();

    private final EmbeddedBroker broker;
    private final MqttSimulation simulation;

    private DemoNetwork(EmbeddedBroker broker, MqttSimulation simulation) {
        this.broker = broker;
        this.simulation = simulation;
    }

    /**
     * @return the running broker and gateways, each gateway's ONLINE status published
     * @throws BrokerStartException   if the broker cannot listen
     * @throws MqttTransportException if the gateways cannot connect to it
     * @throws InterruptedException   if interrupted while the gateways connect
     */
    public static DemoNetwork start() throws BrokerStartException, MqttTransportException, InterruptedException {
        EmbeddedBroker broker = EmbeddedBroker.start(BrokerOptions.builder().build());
        try {
            MqttSimulation simulation = MqttSimulation.start(SimulatedFleet.create(CONFIG), brokerOptions(broker),
                    MqttTransportFactory.standard());
            return new DemoNetwork(broker, simulation);
        } catch (MqttTransportException | InterruptedException | RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    private static MqttOptions brokerOptions(EmbeddedBroker broker) {
        return MqttOptions.builder().broker(broker.url().toString()).build();
    }

    /** @return options for a client of the demo broker, with a generated client id */
    public MqttOptions clientOptions() {
        return brokerOptions(broker);
    }

    /** @return the simulated gateways' ids */
    public List<String> gatewayIds() {
        return IntStream.range(0, CONFIG.gateways()).mapToObj(CONFIG::gatewayId).toList();
    }

    /** @return one line for the console: where the broker listens and what it carries */
    public String describe() {
        return "embedded broker on " + broker.url() + ", " + CONFIG.gateways() + " simulated gateways × "
                + CONFIG.sinksPerGateway() + " sinks × " + CONFIG.nodesPerSink() + " nodes, "
                + UPLINK_PACKETS_PER_SECOND + " packets/s, seed " + CONFIG.seed();
    }

    /** Stops the gateways (each publishes OFFLINE first), then the broker. Later calls do nothing. */
    @Override
    public void close() {
        simulation.close();
        broker.close();
    }
}
