package org.meshbench.ui.internal.network;

import org.meshbench.broker.BrokerOptions;
import org.meshbench.broker.EmbeddedBroker;
import org.meshbench.simulator.SimulatedFleet;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.simulator.mqtt.MqttSimulation;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportFactory;

/** The embedded broker on a free loopback port with simulated gateways, for tests that watch a real network. */
final class SimulatedNetwork implements AutoCloseable {

    /** 2 gateways × 2 sinks × 5 nodes; every node sends within seconds. */
    static final SimulatorConfig CONFIG = SimulatorConfig.builder().size(2, 2, 5).uplinkRate(40).seed(3)
            .gatewayIdPrefix("ui-gw").build();

    final EmbeddedBroker broker;
    final MqttSimulation simulation;

    SimulatedNetwork() throws Exception {
        broker = EmbeddedBroker.start(BrokerOptions.builder().build());
        try {
            simulation = MqttSimulation.start(SimulatedFleet.create(CONFIG), clientOptions(),
                    MqttTransportFactory.standard());
        } catch (Exception e) {
            broker.close();
            throw e;
        }
    }

    /** @return options for a client of the broker */
    MqttOptions clientOptions() {
        return MqttOptions.builder().broker(broker.url().toString()).build();
    }

    @Override
    public void close() {
        simulation.close();
        broker.close();
    }
}
