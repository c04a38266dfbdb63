package org.meshbench.provisioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.server.ProvisioningOptions;
import org.meshbench.provisioning.server.ProvisioningServer;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.server.SessionOutcome;
import org.meshbench.provisioning.server.SessionState;
import org.meshbench.simulator.SimulatedFleet;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.simulator.mqtt.MqttSimulation;
import org.meshbench.testing.Services;
import org.meshbench.testing.TestConnections;
import org.meshbench.testing.Waits;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.transport.mqtt.MqttTransportFactory;

/**
 * The provisioning server on the DS network client against the simulator's unprovisioned nodes,
 * through a real Mosquitto: every whitelisted node, secured or not, is provisioned and sends from
 * its new address in its new network; the stranger is refused.
 */
class ProvisioningServerTest {

    private static final long FIRST_NETWORK = 0x1012EE;
    private static final long SECOND_NETWORK = 0x2000;
    private static final String WHITELIST = """
            secured_node:
                method: 1
                factory_key: 0x000102030405060708090A0B0C0D0E0F 0x101112131415161718191A1B1C1D1E1F
                authentication_key: 0x01 0x02 0x03 0x04 0x05 0x06 0x07 0x08 0x09 0x0A 0x0B 0x0C 0x0D 0x0E 0x0F 0x10
                encryption_key: 0x10 0x0F 0x0E 0x0D 0x0C 0x0B 0x0A 0x09 0x08 0x07 0x06 0x05 0x04 0x03 0x02 0x01
                network_address: 0x1012EE
                network_channel: 2
                node_id: 0x11
            0x55 0x4E 0x53:
                method: 0
                authentication_key: 0x0102030405060708090A0B0C0D0E0F10
                encryption_key: 0x100F0E0D0C0B0A090807060504030201
                network_address: 0x2000
                node_id: 0x22
                user_specific:
                    128: 'room 12'
            secured_stays:
                method: 1
                factory_key: 0xFFEEDDCCBBAA99887766554433221100FFEEDDCCBBAA99887766554433221100
                authentication_key: 0x0102030405060708090A0B0C0D0E0F10
                encryption_key: 0x100F0E0D0C0B0A090807060504030201
                node_id: 0x33
            """;

    private static MosquittoBroker broker;
    private static NetworkClient client;
    private static ProvisioningServer server;
    private static MqttSimulation simulation;

    @BeforeAll
    static void provision() throws Exception {
        Whitelist whitelist = Whitelist.parse(WHITELIST);
        broker = MosquittoBroker.builder().start();
        client = Services.await(NetworkClientFactory.class).open(TestConnections.plain(broker.port()).build());
        client.connect().get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        server = ProvisioningServer.start(client, whitelist, ProvisioningOptions.DEFAULTS);
        SimulatorConfig config = SimulatorConfig.builder().size(1, 2, 3).uplinkRate(40).seed(17)
                .provisioning(whitelist).build();
        simulation = MqttSimulation.start(SimulatedFleet.create(config), TestConnections.plain(broker.port()).build(),
                MqttTransportFactory.standard());
        Waits.until("four sessions finished", () -> server.sessions().stream()
                .filter(session -> session.state() == SessionState.DONE).count() == 4);
    }

    @AfterAll
    static void stop() {
        if (simulation != null) {
            simulation.close();
        }
        if (server != null) {
            server.close();
        }
        if (client != null) {
            client.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void whitelistedNodesAreProvisionedAndTheStrangerIsRefused() {
        Map<String, Optional<SessionOutcome>> outcomes = server.sessions().stream()
                .collect(Collectors.toMap(ProvisioningServerTest::uid, ProvisioningSession::outcome));
        assertEquals(Map.of("secured_node", Optional.of(SessionOutcome.SUCCESS),
                "UNS", Optional.of(SessionOutcome.SUCCESS),
                "secured_stays", Optional.of(SessionOutcome.SUCCESS),
                "meshbench-stranger", Optional.of(SessionOutcome.NOT_AUTHORIZED)), outcomes);
        assertTrue(server.drops().isEmpty(), () -> "dropped: " + server.drops());
    }

    @Test
    void provisionedNodesSendFromTheirNewAddressInTheirNetwork() throws InterruptedException {
        Waits.until("node 0x11 in network 0x1012EE", () -> client.node(FIRST_NETWORK, 0x11).isPresent());
        Waits.until("node 0x22 in network 0x2000", () -> client.node(SECOND_NETWORK, 0x22).isPresent());
        // Without a network in its entry, a node joins the network it was provisioned in: the first sink's.
        Waits.until("node 0x33 in network 0x1012EE", () -> client.node(FIRST_NETWORK, 0x33).isPresent());
    }

    private static String uid(ProvisioningSession session) {
        Bytes uid = session.uid();
        return new String(uid.toByteArray(), StandardCharsets.US_ASCII);
    }
}
