package org.meshbench.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.testing.MinimalGateway;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.osgi.framework.FrameworkUtil;

/** The factory is a Declarative Services component and opens independent connections. */
class FactoryServiceTest {
    private NetworkFixture first;
    private NetworkFixture second;

    @BeforeEach
    void start() throws Exception {
        first = new NetworkFixture(MosquittoBroker.builder().start());
        second = new NetworkFixture(MosquittoBroker.builder().start());
    }

    @AfterEach
    void stop() throws Exception {
        first.close();
        second.close();
    }

    @Test
    void theServiceComesFromTheNetworkBundle() throws Exception {
        NetworkClientFactory factory = NetworkFixture.factory();
        assertEquals("org.meshbench.network", FrameworkUtil.getBundle(factory.getClass()).getSymbolicName());
    }

    @Test
    void clientsOnTwoBrokersSeeTheirOwnGateways() throws Exception {
        first.gateway(MinimalGateway.builder("gw-first").sink(NetworkFixture.sink("sink0", 1, 1)));
        second.gateway(MinimalGateway.builder("gw-second").sink(NetworkFixture.sink("sink0", 2, 1)));
        NetworkClient one = first.client();
        NetworkClient two = second.client();
        NetworkFixture.awaitOnline(one, "gw-first");
        NetworkFixture.awaitOnline(two, "gw-second");
        assertNotSame(one, two);
        assertEquals(1, one.gateways().size());
        assertEquals(1, two.gateways().size());
    }
}
