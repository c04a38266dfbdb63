package org.meshbench.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.GatewayErrorException;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.RequestTimeoutException;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SyncGatewayServices;
import org.meshbench.network.UploadProgress;
import org.meshbench.network.NetworkClient;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.ScratchpadType;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.protocol.value.TargetScratchpadAndAction;
import org.meshbench.testing.MinimalGateway;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.Waits;

/** Every gateway request through a real broker to a minimal gateway, with error codes and timeouts. */
class GatewayServicesTest {
    private static final SinkRef SINK = new SinkRef("gw-a", "sink0");

    private NetworkFixture fixture;
    private MinimalGateway gateway;
    private NetworkClient client;
    private SyncGatewayServices sync;

    @BeforeEach
    void start() throws Exception {
        fixture = new NetworkFixture(MosquittoBroker.builder().start());
        gateway = fixture.gateway(MinimalGateway.builder("gw-a").maxScratchpadSize(1024)
                .sink(NetworkFixture.sink("sink0", 7, 1)).sink(NetworkFixture.sink("sink1", 7, 2)));
        client = fixture.client();
        NetworkFixture.awaitOnline(client, "gw-a");
        sync = client.sync();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void sendsDataAndReportsTheGatewaysErrors() throws Exception {
        sync.sendData(SINK, OutgoingPacket.to(OutgoingPacket.BROADCAST, 1, 1, Bytes.fromHex("0102")).withHopLimit(3));
        GatewayErrorException unknownSink = assertThrows(GatewayErrorException.class,
                () -> sync.sendData(new SinkRef("gw-a", "sink9"), OutgoingPacket.to(5, 1, 1, Bytes.empty())));
        assertEquals(ResultCode.INVALID_SINK_ID, unknownSink.result());
        gateway.fail(Command.SEND_DATA, ResultCode.SINK_OUT_OF_MEMORY);
        ExecutionException async = assertThrows(ExecutionException.class, () -> client.services()
                .sendData(SINK, OutgoingPacket.to(5, 1, 1, Bytes.empty())).get(10, TimeUnit.SECONDS));
        assertEquals(ResultCode.SINK_OUT_OF_MEMORY, ((GatewayErrorException) async.getCause()).result());
    }

    @Test
    void readsAndChangesSinkConfigurations() throws Exception {
        assertEquals(2, sync.getConfigs("gw-a").size());
        SinkReadConfig stopped = sync.setSinkConfig("gw-a", SinkNewConfig.builder("sink1")
                .sinkState(OnOffState.OFF).nodeAddress(0).networkChannel(0).build());
        assertEquals(Optional.of(OnOffState.OFF), stopped.sinkState());
        assertEquals(OptionalLong.of(0), stopped.nodeAddress());
        assertEquals(OptionalLong.of(7), stopped.networkAddress(), "fields not given stay as they were");
        Waits.until("model shows the stopped sink", () -> client.gateway("gw-a").orElseThrow().sink("sink1")
                .map(sink -> !sink.started()).orElse(false));
        GatewayErrorException unknown = assertThrows(GatewayErrorException.class,
                () -> sync.setSinkConfig("gw-a", SinkNewConfig.builder("sink9").networkChannel(1).build()));
        assertEquals(ResultCode.INVALID_SINK_ID, unknown.result());
        assertEquals(2, client.gateway("gw-a").orElseThrow().sinks().size(), "no ghost sink");
    }

    @Test
    void readsGatewayInfo() throws Exception {
        assertEquals(OptionalLong.of(1024), sync.getGatewayInfo("gw-a").maxScratchpadSize());
    }

    @Test
    void uploadsAScratchpadInChunksAndRunsTheOtapSteps() throws Exception {
        byte[] image = new byte[5000];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 7);
        }
        List<UploadProgress> progress = new CopyOnWriteArrayList<>();
        sync.uploadScratchpad(SINK, 12, Bytes.of(image), progress::add);
        assertEquals(Optional.of(Bytes.of(image)), gateway.scratchpad("sink0"));
        Waits.until("five chunks reported", () -> progress.size() == 5);
        assertTrue(progress.get(4).complete());

        ScratchpadStatusReport status = sync.getScratchpadStatus(SINK);
        assertEquals(12, status.stored().orElseThrow().seq());
        assertEquals(Optional.of(ScratchpadType.PRESENT), status.storedType());
        sync.processScratchpad(SINK);
        assertEquals(ResultCode.NO_SCRATCHPAD_PRESENT, assertThrows(GatewayErrorException.class,
                () -> sync.processScratchpad(new SinkRef("gw-a", "sink1"))).result());
        TargetScratchpadAndAction delayed = new TargetScratchpadAndAction(
                ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY, OptionalLong.of(12), OptionalLong.of(0x4321),
                Optional.of(new ActionParameter.Delay(ProcessingDelay.TWO_DAYS)));
        sync.setTargetAndAction(SINK, delayed);
        assertEquals(Optional.of(delayed), sync.getScratchpadStatus(SINK).targetAndAction());
        sync.setTargetAndAction(SINK, new TargetScratchpadAndAction(ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY,
                OptionalLong.of(12), OptionalLong.of(0x4321), Optional.of(new ActionParameter.Raw(0xC2))));
        sync.clearScratchpad(SINK, 12);
        assertEquals(Optional.empty(), gateway.scratchpad("sink0"));
    }

    @Test
    void setsReadsAndClearsConfigurationDataItems() throws Exception {
        ConfigurationDataItem item = new ConfigurationDataItem(0x20000, Bytes.fromHex("c0ffee"));
        sync.setConfigurationDataItem(SINK, item);
        assertEquals(Optional.of(item), sync.getConfigurationDataItem(SINK, 0x20000));
        sync.setConfigurationDataItem(SINK, new ConfigurationDataItem(0x20000, Bytes.empty()));
        assertEquals(Optional.empty(), sync.getConfigurationDataItem(SINK, 0x20000));
    }

    @Test
    void anUnansweredRequestTimesOutSyncAndAsync() throws Exception {
        gateway.ignore(Command.OTAP_STATUS);
        RequestTimeoutException timeout = assertThrows(RequestTimeoutException.class,
                () -> sync.withTimeout(Duration.ofMillis(300)).getScratchpadStatus(SINK));
        assertEquals("gw-a", timeout.gatewayId());
        ExecutionException async = assertThrows(ExecutionException.class, () -> client.services()
                .withTimeout(Duration.ofMillis(300)).getScratchpadStatus(SINK).get(10, TimeUnit.SECONDS));
        assertInstanceOf(RequestTimeoutException.class, async.getCause());
        assertEquals(0, client.statistics().pendingRequests());
        gateway.behaveNormally();
        sync.getScratchpadStatus(SINK);
    }
}
