package org.meshbench.simulator.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.simulator.testsupport.Inbox.WAIT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.simulator.FailureInjection;
import org.meshbench.simulator.SimulatedFleet;
import org.meshbench.simulator.SimulatorConfigBuilder;
import org.meshbench.simulator.testsupport.Inbox;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttOptionsBuilder;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.meshbench.transport.mqtt.ReceivedMessage;
import org.meshbench.transport.mqtt.ReconnectPolicy;

/** Simulated gateways against a real Mosquitto on loopback, watched by a backend-side client. */
class MqttSimulationTest {

    private static final String GATEWAY = "sim-gw-0";
    private static final String STATUS = "gw-event/status/" + GATEWAY;

    private static MosquittoBroker broker;
    private final MutableClock clock = new MutableClock();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeAll
    static void startBroker() throws Exception {
        broker = MosquittoBroker.builder().start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @AfterEach
    void closeClients() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
    }

    @Test
    void comesUpOnlineAndRetained() throws Exception {
        start(TestGateway.quiet(clock));

        ReceivedMessage online = subscribe(STATUS).next();

        assertTrue(online.retained());
        assertEquals(OnOffState.ON, decodeStatus(online).state());
    }

    @Test
    void answersARequestOverTheWire() throws Exception {
        start(TestGateway.quiet(clock));
        Inbox responses = subscribe("gw-response/get_configs/" + GATEWAY);
        EncodedMessage request = new GatewayCodec().encodeRequest(GATEWAY, new GetConfigsRequest(RequestHeader.of(77)));

        backend().publishAndWait(request.topic(), request.payload().toByteArray(), 2, false, WAIT);
        GetConfigsResponse response = responses.next(GetConfigsResponse.class);

        assertEquals(77, response.header().reqId());
        assertEquals(ResultCode.OK, response.header().res());
        assertEquals(2, response.configs().size());
    }

    @Test
    void aCrashPublishesTheLastWillAndAReconnectAFreshOnline() throws Exception {
        MqttGateway gateway = start(TestGateway.quiet(clock)).gateways().get(0);
        Inbox status = subscribe(STATUS);
        StatusEvent first = status.next(StatusEvent.class);

        gateway.crash();
        StatusEvent will = status.next(StatusEvent.class);
        gateway.reconnect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        StatusEvent again = status.next(StatusEvent.class);

        assertEquals(OnOffState.OFF, will.state());
        assertEquals(OnOffState.ON, again.state());
        assertNotEquals(first.header().eventId(), again.header().eventId());
    }

    @Test
    void aCleanStopPublishesOfflineBeforeDisconnecting() throws Exception {
        MqttSimulation simulation = start(TestGateway.quiet(clock));
        Inbox status = subscribe(STATUS);
        status.next(StatusEvent.class);

        simulation.close();

        assertEquals(OnOffState.OFF, status.next(StatusEvent.class).state());
        assertEquals(OnOffState.OFF, decodeStatus(subscribe(STATUS).next()).state(), "OFFLINE is retained");
    }

    @Test
    void trafficHeldDuringAnOutageGoesOutNewestFirst() throws Exception {
        MqttGateway gateway = start(TestGateway.quiet(clock).size(1, 1, 3).uplinkRate(2).diagnosticsShare(0)
                .failures(FailureInjection.none())).gateways().get(0);
        Inbox data = subscribe("gw-event/received_data/#");
        Thread.sleep(100); // the first ticks have started the traffic clock at START
        gateway.crash();
        awaitState(gateway, ConnectionState.DISCONNECTED);
        for (int second = 0; second < 3; second++) {
            clock.advance(Duration.ofSeconds(1));
            Thread.sleep(200); // several ticks see each second
        }

        gateway.reconnect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        List<Long> rxTimes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rxTimes.add(data.next(ReceivedDataEvent.class).rxTimeMsEpoch());
        }

        long start = MutableClock.START.toEpochMilli();
        assertEquals(List.of(start + 3000, start + 3000, start + 2000, start + 2000, start + 1000, start + 1000),
                rxTimes);
    }

    private MqttSimulation start(SimulatorConfigBuilder config) throws Exception {
        MqttSimulation simulation = MqttSimulation.start(SimulatedFleet.create(config.build()),
                options().build(), MqttTransportFactory.standard());
        opened.add(simulation);
        return simulation;
    }

    private MqttTransport backend() throws Exception {
        MqttTransport transport = MqttTransportFactory.standard().create(options().build());
        opened.add(transport);
        transport.connect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return transport;
    }

    private Inbox subscribe(String filter) throws Exception {
        Inbox inbox = new Inbox();
        backend().subscribe(filter, 2, inbox).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return inbox;
    }

    private static MqttOptionsBuilder options() {
        return MqttOptions.builder().host("127.0.0.1").port(broker.port()).insecure(true)
                .connectTimeout(Duration.ofSeconds(5))
                .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(50), Duration.ofMillis(500)));
    }

    private static StatusEvent decodeStatus(ReceivedMessage message) throws Exception {
        return (StatusEvent) new GatewayCodec().decode(message.topic(), message.payload()).message();
    }

    private static void awaitState(MqttGateway gateway, ConnectionState state) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (gateway.state() != state) {
            assertFalse(System.nanoTime() > deadline, "gateway never reached " + state);
            Thread.sleep(10);
        }
    }
}
