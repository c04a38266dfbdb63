package org.meshbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.internal.NetworkClientImpl;
import org.meshbench.network.testing.Await;
import org.meshbench.network.testing.FakeTransport;
import org.meshbench.network.testing.Messages;
import org.meshbench.network.testing.ScriptedGateway;
import org.meshbench.network.testing.TestClients;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.ResponseHeader;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionRequest;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.protocol.value.TargetScratchpadAndAction;
import org.meshbench.transport.mqtt.ConnectionState;

/** Every gateway request against a scripted gateway, with its errors, timeouts and aborts. */
class GatewayServicesTest {
    private static final SinkRef SINK = new SinkRef("gw1", "sink0");
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final FakeTransport transport = new FakeTransport();
    private final ScriptedGateway gateway = new ScriptedGateway(transport, "gw1");
    private final NetworkClientImpl client = TestClients.connected(transport, TestClients.options()
            .maxPendingRequests(3).build());

    @AfterEach
    void close() {
        client.close();
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        return failure.getCause();
    }

    @Test
    void sendDataGoesAtQos2WithEveryOptionalField() throws Exception {
        client.sync().sendData(SINK, OutgoingPacket.to(0xFFFF_FFFFL, 1, 2, Bytes.fromHex("cafe"))
                .withQos(DataQos.HIGH).withInitialDelayMs(250).withUnackCsmaCa(true).withHopLimit(4));

        FakeTransport.Published published = transport.nextPublish(WAIT);
        assertEquals("gw-request/send_data/gw1/sink0", published.topic());
        assertEquals(2, published.qos());
        SendDataRequest request = (SendDataRequest) gateway.received().get(0);
        assertEquals(0xFFFF_FFFFL, request.destinationAddress());
        assertEquals(1, request.qos());
        assertEquals(OptionalLong.of(250), request.initialDelayMs());
        assertEquals(Optional.of(true), request.isUnackCsmaCa());
        assertEquals(OptionalLong.of(4), request.hopLimit());
        assertTrue(request.header().reqId() != 0);
    }

    @Test
    void anErrorCodeBecomesAGatewayErrorException() {
        gateway.fail(Command.SEND_DATA, ResultCode.INVALID_MAX_HOP_COUNT);
        GatewayErrorException error = assertThrows(GatewayErrorException.class,
                () -> client.sync().sendData(SINK, OutgoingPacket.to(1, 1, 1, Bytes.empty())));
        assertEquals(ResultCode.INVALID_MAX_HOP_COUNT, error.result());
        assertEquals("gw1", error.gatewayId());
        assertEquals(Optional.of("sink0"), error.sinkId());
        assertInstanceOf(GatewayErrorException.class,
                failureOf(client.services().sendData(SINK, OutgoingPacket.to(1, 1, 1, Bytes.empty()))));
    }

    @Test
    void setSinkConfigSendsOnlyTheGivenFieldsIncludingStopAndZeroes() throws Exception {
        Messages.deliver(transport, Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 7, 1)));
        SinkNewConfig change = SinkNewConfig.builder("sink0").sinkState(OnOffState.OFF).nodeAddress(0)
                .networkChannel(0).build();
        SinkReadConfig readBack = client.sync().setSinkConfig("gw1", change);

        SetConfigRequest request = (SetConfigRequest) gateway.received().get(0);
        assertEquals(change, request.config());
        assertEquals(Optional.of(OnOffState.OFF), readBack.sinkState());
        assertEquals(readBack, client.gateway("gw1").orElseThrow().sink("sink0").orElseThrow().config(),
                "the model holds what the gateway read back when the call returns");
    }

    @Test
    void readsConfigsInfoScratchpadStatusAndConfigurationData() throws Exception {
        Messages.deliver(transport, Messages.online("gw1", 0, List.of(GatewayFeature.CONFIGURATION_DATA_V1),
                Messages.sink("sink0", 7, 1)));
        gateway.sinks(Messages.sink("sink0", 7, 1), Messages.sink("sink1", 7, 2));

        assertEquals(2, client.sync().getConfigs("gw1").size());
        assertEquals(2, client.gateway("gw1").orElseThrow().sinks().size());
        assertEquals(OptionalLong.of(2), client.sync().getGatewayInfo("gw1").implementedApiVersion());
        assertEquals(3, client.sync().getScratchpadStatus(SINK).stored().orElseThrow().seq());
        assertEquals(Optional.empty(), client.sync().getConfigurationDataItem(SINK, 0x20000));
        client.sync().setConfigurationDataItem(SINK, new ConfigurationDataItem(0x20000, Bytes.fromHex("01")));
    }

    @Test
    void otapRequestsCarryTheirParameters() throws Exception {
        client.sync().clearScratchpad(SINK, 9);
        client.sync().processScratchpad(SINK);
        TargetScratchpadAndAction delayed = new TargetScratchpadAndAction(
                ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY, OptionalLong.of(5), OptionalLong.of(0x1234),
                Optional.of(new ActionParameter.Delay(ProcessingDelay.ONE_DAY)));
        client.sync().setTargetAndAction(SINK, delayed);
        client.sync().setTargetAndAction(SINK, new TargetScratchpadAndAction(ScratchpadAction.PROPAGATE_AND_PROCESS,
                OptionalLong.empty(), OptionalLong.empty(), Optional.of(new ActionParameter.Raw(0x81))));

        assertEquals(delayed, ((SetScratchpadTargetAndActionRequest) gateway.received().get(2)).targetAndAction());
        assertEquals(4, gateway.received().size());
    }

    @Test
    void configurationDataNeedsTheFeatureOnAKnownGateway() {
        Messages.deliver(transport, Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 7, 1)));
        FeatureNotSupportedException error = assertThrows(FeatureNotSupportedException.class,
                () -> client.sync().getConfigurationDataItem(SINK, 1));
        assertEquals(GatewayFeature.CONFIGURATION_DATA_V1, error.feature());
        assertTrue(gateway.received().isEmpty());
    }

    @Test
    void noAnswerTimesOutAndTheLateResponseIsReportedAndApplied() throws Exception {
        Messages.deliver(transport, Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 7, 1)));
        gateway.ignore(Command.SET_CONFIG);
        List<NetworkProblem> problems = new CopyOnWriteArrayList<>();
        client.addProblemListener(problems::add);
        SinkNewConfig change = SinkNewConfig.builder("sink0").networkChannel(9).build();

        RequestTimeoutException timeout = assertThrows(RequestTimeoutException.class,
                () -> client.sync().withTimeout(Duration.ofMillis(100)).setSinkConfig("gw1", change));
        assertEquals(Command.SET_CONFIG, timeout.command());
        assertEquals(0, client.statistics().pendingRequests());

        Messages.deliver(transport, new SetConfigResponse(new ResponseHeader(timeout.requestId(), "gw1",
                Optional.of("sink0"), ResultCode.OK, OptionalLong.empty()),
                SinkReadConfig.builder("sink0").networkChannel(9).build()));
        Await.until("late response reported", () -> !problems.isEmpty());
        assertEquals(ProblemKind.LATE_RESPONSE, problems.get(0).kind());
        assertEquals(1, client.statistics().lateResponses());
        assertEquals(1, client.statistics().requestsTimedOut());
        assertEquals(OptionalLong.of(9),
                client.gateway("gw1").orElseThrow().sink("sink0").orElseThrow().config().networkChannel());
    }

    @Test
    void aResponseFromAnotherGatewayDoesNotCompleteTheRequest() throws Exception {
        gateway.ignore(Command.GET_CONFIGS);
        List<NetworkProblem> problems = new CopyOnWriteArrayList<>();
        client.addProblemListener(problems::add);
        CompletableFuture<List<SinkReadConfig>> pending = client.services().getConfigs("gw1");
        FakeTransport.Published published = transport.nextPublish(WAIT);
        long requestId = ((GetConfigsRequest) new GatewayCodec().decode(published.topic(), published.payload())
                .message()).header().reqId();

        Messages.deliver(transport, new GetConfigsResponse(new ResponseHeader(requestId, "gw2", Optional.empty(),
                ResultCode.OK, OptionalLong.empty()), List.of(SinkReadConfig.builder("sink9").build())));
        Await.until("mismatch reported", () -> !problems.isEmpty());
        assertEquals(ProblemKind.MISMATCHED_RESPONSE, problems.get(0).kind());
        assertFalse(pending.isDone(), "still waits for gw1");

        Messages.deliver(transport, new GetConfigsResponse(new ResponseHeader(requestId, "gw1", Optional.empty(),
                ResultCode.OK, OptionalLong.empty()), List.of(SinkReadConfig.builder("sink0").build())));
        assertEquals("sink0", pending.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).get(0).sinkId());
    }

    @Test
    void asyncTimeoutsUseTheGatewayTimeoutAndFailTheFuture() {
        gateway.ignore(Command.GET_GW_INFO);
        client.setGatewayTimeout("gw1", Duration.ofMillis(50));
        long start = System.nanoTime();
        assertInstanceOf(RequestTimeoutException.class, failureOf(client.services().getGatewayInfo("gw1")));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void aLostConnectionAbortsPendingRequests() {
        gateway.ignore(Command.GET_CONFIGS);
        CompletableFuture<List<SinkReadConfig>> pending = client.services().getConfigs("gw1");
        transport.setState(ConnectionState.RECONNECTING);
        RequestAbortedException aborted = assertInstanceOf(RequestAbortedException.class, failureOf(pending));
        assertEquals(RequestAbortedException.Reason.CONNECTION_LOST, aborted.reason());
        assertEquals(RequestAbortedException.Reason.NOT_CONNECTED, ((RequestAbortedException) failureOf(
                client.services().getConfigs("gw1"))).reason());
    }

    @Test
    void pendingRequestsAreBounded() {
        gateway.ignore(Command.GET_CONFIGS);
        for (int i = 0; i < 3; i++) {
            client.services().getConfigs("gw1");
        }
        RequestAbortedException refused = assertInstanceOf(RequestAbortedException.class,
                failureOf(client.services().getConfigs("gw1")));
        assertEquals(RequestAbortedException.Reason.TOO_MANY_PENDING, refused.reason());
    }

    @Test
    void aFailedPublishReleasesTheRequest() {
        transport.failPublishes(true);
        RequestAbortedException failed = assertInstanceOf(RequestAbortedException.class,
                failureOf(client.services().processScratchpad(SINK)));
        assertEquals(RequestAbortedException.Reason.PUBLISH_FAILED, failed.reason());
        assertEquals(0, client.statistics().pendingRequests());
    }

    @Test
    void futuresCompleteOnTheWorkerPoolNotOnTheDeliveringThread() throws Exception {
        gateway.ignore(Command.GET_CONFIGS);
        CompletableFuture<String> thread = client.services().getConfigs("gw1")
                .thenApply(configs -> Thread.currentThread().getName());
        FakeTransport.Published published = transport.nextPublish(WAIT);
        GetConfigsRequest request = (GetConfigsRequest) new GatewayCodec().decode(published.topic(),
                published.payload()).message();
        Messages.deliver(transport, new GetConfigsResponse(new ResponseHeader(request.header().reqId(), "gw1",
                Optional.empty(), ResultCode.OK, OptionalLong.empty()), List.of()));
        String name = thread.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertTrue(name.contains("-worker-"), name);
    }

    @Test
    void unsolicitedSetConfigResponsesUpdateTheModel() {
        Messages.deliver(transport, Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 7, 1)));
        Messages.deliver(transport, new SetConfigResponse(new ResponseHeader(0, "gw1", Optional.of("sink0"),
                ResultCode.OK, OptionalLong.empty()), Messages.sink("sink0", 8, 1)));
        assertEquals(OptionalLong.of(8), client.gateway("gw1").orElseThrow().sink("sink0").orElseThrow()
                .networkAddress());
    }

    @Test
    void blockingCallsFromAListenerAreRefusedBeforeSending() throws InterruptedException {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        client.addDataListener(DataFilter.ALL, packet -> {
            try {
                client.sync().getConfigs("gw1");
            } catch (Exception e) {
                failures.add(e);
            }
        });
        Messages.deliver(transport, Messages.data("gw1", "sink0", 7, 1, 1));
        Await.until("the listener ran", () -> !failures.isEmpty());
        assertInstanceOf(IllegalStateException.class, failures.get(0));
        assertTrue(gateway.received().isEmpty());
    }
}
