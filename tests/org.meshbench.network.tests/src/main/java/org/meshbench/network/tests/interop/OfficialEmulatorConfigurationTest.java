package org.meshbench.network.tests.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.meshbench.network.FeatureNotSupportedException;
import org.meshbench.network.GatewayErrorException;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.RequestTimeoutException;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SyncGatewayServices;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.BaseRole;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.NodeRole;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.SecurityKeys;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.testing.Waits;

/**
 * get_configs, set_config, get_gw_info and the configuration data items, from the network service
 * to a gateway emulated with the official codec: what the official codec decodes from our requests,
 * what we decode from its answers, and its error codes.
 */
class OfficialEmulatorConfigurationTest {
    private static final SinkRef SINK0 = new SinkRef("emu-a", "sink0");

    private InteropFixture fixture;
    private EmulatedGateway emulated;
    private NetworkClient client;
    private SyncGatewayServices sync;

    @BeforeEach
    void start(TestInfo test) throws Exception {
        fixture = InteropFixture.start(test);
        emulated = fixture.gateway("emu-a", "sinks=sink0,sink1", "max_scratchpad_size=1024", "model=emu-model",
                "version=2.0.1");
        client = fixture.client();
        InteropFixture.awaitOnline(client, "emu-a", 2);
        sync = client.sync();
    }

    @AfterEach
    void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void getConfigs() throws Exception {
        List<SinkReadConfig> configs = sync.getConfigs("emu-a");
        assertEquals(2, configs.size());
        for (SinkReadConfig config : configs) {
            OfficialConfig.assertSame(emulated.config(config.sinkId()), config);
        }

        emulated.failNext(Command.GET_CONFIGS, ResultCode.INTERNAL_ERROR);
        GatewayErrorException refused = assertThrows(GatewayErrorException.class, () -> sync.getConfigs("emu-a"));
        assertEquals(ResultCode.INTERNAL_ERROR, refused.result());
        assertEquals(2, client.gateway("emu-a").orElseThrow().sinks().size(), "a refusal leaves the sinks");
        List<EmulatorFields> requests = emulated.requests(Command.GET_CONFIGS);
        assertEquals(2, requests.size());
        assertEquals(refused.response().header().reqId(), requests.get(1).number("req_id"),
                "the response echoes the request id the official codec read");
    }

    @Test
    void setSinkConfig() throws Exception {
        SecurityKeys keys = new SecurityKeys(Bytes.fromHex("000102030405060708090a0b0c0d0e0f"),
                Bytes.fromHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"), 7);
        SinkReadConfig readBack = sync.setSinkConfig("emu-a", SinkNewConfig.builder("sink1")
                .nodeRole(NodeRole.of(BaseRole.SINK)).nodeAddress(0x123456).networkAddress(0xABCDEF)
                .networkChannel(7).channelMap(0x0F).appConfig(new AppConfigData(30, Bytes.fromHex("0102"), 2))
                .sinkState(OnOffState.OFF).networkKeys(keys).build());

        EmulatorFields request = emulated.requests(Command.SET_CONFIG).get(0);
        assertEquals("sink1", request.text("sink_id"));
        assertEquals(1, request.number("new_config.node_role"));
        assertEquals(0x123456, request.number("new_config.node_address"));
        assertEquals(0xABCDEF, request.number("new_config.network_address"));
        assertEquals(7, request.number("new_config.network_channel"));
        assertEquals(0x0F, request.number("new_config.channel_map"));
        assertEquals(new AppConfigData(30, Bytes.fromHex("0102"), 2), new AppConfigData(
                request.number("new_config.app_config_diag"), request.bytes("new_config.app_config_data"),
                request.number("new_config.app_config_seq")));
        assertFalse(request.flag("new_config.started"));
        assertEquals(keys, new SecurityKeys(request.bytes("new_config.network_keys.cipher"),
                request.bytes("new_config.network_keys.authentication"),
                request.number("new_config.network_keys.sequence")));
        OfficialConfig.assertSame(emulated.config("sink1"), readBack);
        assertEquals(OptionalLong.of(7), readBack.networkChannel());
        assertEquals(Optional.of(OnOffState.OFF), readBack.sinkState());
        assertEquals(Optional.of(true), readBack.areKeysSet());
        Waits.until("the model shows the read-back configuration", () -> client.gateway("emu-a")
                .flatMap(gateway -> gateway.sink("sink1")).map(sink -> sink.config().equals(readBack)).orElse(false));
    }

    @Test
    void setSinkConfigErrors() throws Exception {
        // As officially, the other fields are written and the configuration read back comes with the error.
        GatewayErrorException badChannel = assertThrows(GatewayErrorException.class, () -> sync.setSinkConfig(
                "emu-a", SinkNewConfig.builder("sink0").nodeAddress(0x4242).networkChannel(99).build()));
        assertEquals(ResultCode.INVALID_NETWORK_CHANNEL, badChannel.result());
        SinkReadConfig readBack = assertInstanceOf(SetConfigResponse.class, badChannel.response()).config();
        assertEquals(OptionalLong.of(0x4242), readBack.nodeAddress());
        OfficialConfig.assertSame(emulated.config("sink0"), readBack);
        Waits.until("the model shows the written node address", () -> client.gateway("emu-a")
                .flatMap(gateway -> gateway.sink("sink0")).map(sink -> sink.config().equals(readBack)).orElse(false));

        GatewayErrorException unknown = assertThrows(GatewayErrorException.class,
                () -> sync.setSinkConfig("emu-a", SinkNewConfig.builder("sink9").networkChannel(3).build()));
        assertEquals(ResultCode.INVALID_SINK_ID, unknown.result());
        assertEquals(Optional.of("sink9"), unknown.sinkId());
        assertEquals(2, client.gateway("emu-a").orElseThrow().sinks().size(), "no ghost sink");
    }

    @Test
    void getGatewayInfo() throws Exception {
        long before = Instant.now().getEpochSecond();
        GatewayInfo info = sync.getGatewayInfo("emu-a");
        assertEquals(Optional.of("emu-model"), info.gwModel());
        assertEquals(Optional.of("2.0.1"), info.gwVersion());
        assertEquals(OptionalLong.of(2), info.implementedApiVersion());
        assertEquals(OptionalLong.of(1024), info.maxScratchpadSize());
        assertEquals(Set.of(GatewayFeature.SCRATCHPAD_CHUNK_V1, GatewayFeature.CONFIGURATION_DATA_V1,
                GatewayFeature.SINK_KEY_MANAGEMENT_V1), Set.copyOf(info.gwFeatures()));
        assertTrue(Math.abs(info.currentTimeSEpoch() - before) <= 5, "the gateway's clock: " + info);

        emulated.failNext(Command.GET_GW_INFO, ResultCode.ACCESS_DENIED);
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> client.services().getGatewayInfo("emu-a").get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS));
        assertEquals(ResultCode.ACCESS_DENIED,
                assertInstanceOf(GatewayErrorException.class, refused.getCause()).result());
    }

    @Test
    void setConfigurationDataItem() throws Exception {
        ConfigurationDataItem item = new ConfigurationDataItem(0x1234, Bytes.fromHex("c0ffee"));
        sync.setConfigurationDataItem(SINK0, item);
        EmulatorFields request = emulated.requests(Command.SET_CONFIGURATION_DATA_ITEM).get(0);
        assertEquals(item, new ConfigurationDataItem(request.number("cdc_endpoint"), request.bytes("cdc_payload")));
        // The gateway announces the new item with its next status.
        Waits.until("the item in the model", () -> dataItems().equals(List.of(item)));
        OfficialConfig.assertSame(emulated.config("sink0"),
                client.gateway("emu-a").orElseThrow().sink("sink0").orElseThrow().config());

        sync.setConfigurationDataItem(SINK0, new ConfigurationDataItem(0x1234, Bytes.empty()));
        assertEquals(Bytes.empty(), emulated.requests(Command.SET_CONFIGURATION_DATA_ITEM).get(1).bytes("cdc_payload"));
        Waits.until("the item removed from the model", () -> dataItems().isEmpty());

        // The sink's D-Bus API takes uint16 endpoints.
        assertEquals(ResultCode.INVALID_DEST_ENDPOINT, assertThrows(GatewayErrorException.class,
                () -> sync.setConfigurationDataItem(SINK0, new ConfigurationDataItem(0x10000, Bytes.fromHex("01"))))
                .result());
        emulated.failNext(Command.SET_CONFIGURATION_DATA_ITEM, ResultCode.SINK_OUT_OF_MEMORY);
        assertEquals(ResultCode.SINK_OUT_OF_MEMORY, assertThrows(GatewayErrorException.class,
                () -> sync.setConfigurationDataItem(SINK0, item)).result());
        assertFeatureNeeded(Command.SET_CONFIGURATION_DATA_ITEM,
                sink -> sync.setConfigurationDataItem(sink, item));
    }

    @Test
    void getConfigurationDataItem() throws Exception {
        ConfigurationDataItem item = new ConfigurationDataItem(0x77, Bytes.fromHex("0a0b"));
        sync.setConfigurationDataItem(SINK0, item);
        assertEquals(Optional.of(item), sync.getConfigurationDataItem(SINK0, 0x77));
        assertEquals(0x77, emulated.requests(Command.GET_CONFIGURATION_DATA_ITEM).get(0).number("cdc_endpoint"));

        // The official gateway answers OK only with an item; the sink refuses an endpoint without one.
        assertEquals(ResultCode.INVALID_PARAM, assertThrows(GatewayErrorException.class,
                () -> sync.getConfigurationDataItem(SINK0, 0x78)).result());
        assertEquals(ResultCode.INVALID_DEST_ENDPOINT, assertThrows(GatewayErrorException.class,
                () -> sync.getConfigurationDataItem(SINK0, 0x10000)).result());
        // The official gateway does not answer for an unknown sink (a NameError in its handler).
        assertThrows(RequestTimeoutException.class, () -> sync.withTimeout(Duration.ofMillis(500))
                .getConfigurationDataItem(new SinkRef("emu-a", "sink9"), 0x77));
        assertFeatureNeeded(Command.GET_CONFIGURATION_DATA_ITEM, sink -> sync.getConfigurationDataItem(sink, 0x77));
    }

    private List<ConfigurationDataItem> dataItems() {
        return client.gateway("emu-a").flatMap(gateway -> gateway.sink("sink0"))
                .map(sink -> sink.config().configurationDataContent()).orElse(List.of());
    }

    /** A gateway without CONFIGURATION_DATA_V1 is not even asked. */
    private void assertFeatureNeeded(Command command, SinkCall call) throws Exception {
        EmulatedGateway plain = fixture.gateway("emu-plain", "features=SCRATCHPAD_CHUNK_V1");
        InteropFixture.awaitOnline(client, "emu-plain", 1);
        FeatureNotSupportedException refused = assertThrows(FeatureNotSupportedException.class,
                () -> call.run(new SinkRef("emu-plain", "sink0")));
        assertEquals(GatewayFeature.CONFIGURATION_DATA_V1, refused.feature());
        assertTrue(plain.requests(command).isEmpty(), "nothing was sent");
    }

    /** A request to one sink. */
    private interface SinkCall {
        void run(SinkRef sink) throws Exception;
    }
}
