package org.meshbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbench.mesh.appconfig.TlvAppConfig;
import org.meshbench.network.internal.NetworkClientImpl;
import org.meshbench.network.testing.FakeTransport;
import org.meshbench.network.testing.Messages;
import org.meshbench.network.testing.ScriptedGateway;
import org.meshbench.network.testing.TestClients;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionRequest;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.SinkReadConfig;

/** Network-wide operations over a scripted gateway with three sinks in two networks. */
class NetworkHelpersTest {
    private final FakeTransport transport = new FakeTransport();
    private final ScriptedGateway gateway = new ScriptedGateway(transport, "gw1");
    private final NetworkClientImpl client = TestClients.connected(transport, TestClients.options().build());

    NetworkHelpersTest() {
        SinkReadConfig tlvSink = SinkReadConfig.builder("sink2").networkAddress(7)
                .appConfig(new AppConfigData(30, Bytes.of(TlvAppConfig.empty().with(0x10, new byte[] {1}).toBytes()),
                        255))
                .appConfigMaxSize(80).build();
        Messages.deliver(transport, Messages.online("gw1", 0, List.of(), Messages.sink("sink0", 7, 1),
                Messages.sink("sink1", 8, 2), tlvSink));
        Messages.deliver(transport, Messages.online("production", 0, List.of(), Messages.sink("sink0", 7, 3)));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void sendsToEverySinkOfANetworkOnAllowedGatewaysOnly() {
        NetworkOperations operations = client.networkOperations(SinkSelection.network(7, Set.of("gw1")));
        List<SinkResult<Void>> results = operations.sendData(OutgoingPacket.to(OutgoingPacket.BROADCAST, 1, 1,
                Bytes.fromHex("00"))).join();
        assertEquals(List.of(new SinkRef("gw1", "sink0"), new SinkRef("gw1", "sink2")),
                results.stream().map(SinkResult::sink).toList());
        assertTrue(results.stream().allMatch(SinkResult::succeeded));
        assertEquals(2, gateway.received().size());
    }

    @Test
    void reportsEachSinksFailureSeparately() {
        gateway.fail(Command.OTAP_PROCESS_SCRATCHPAD, ResultCode.NO_SCRATCHPAD_PRESENT);
        client.setGatewayTimeout("production", Duration.ofMillis(100));
        List<SinkResult<Void>> results = client.otap(SinkSelection.network(7)).processScratchpad().join();
        assertEquals(3, results.size());
        SinkResult<Void> production = results.get(2);
        assertEquals("production", production.sink().gatewayId());
        assertInstanceOf(RequestTimeoutException.class, production.failure().orElseThrow(),
                "nobody answers for the production gateway here");
        assertEquals(ResultCode.NO_SCRATCHPAD_PRESENT,
                ((GatewayErrorException) results.get(0).failure().orElseThrow()).result());
    }

    @Test
    void otapStepsReachEverySelectedSink() {
        OtapHelper otap = client.otap(SinkSelection.network(7, Set.of("gw1")));
        assertEquals(2, otap.scratchpadStatus().join().size());
        assertTrue(otap.uploadScratchpad(4, Bytes.fromHex("0102"), step -> { }).join().stream()
                .allMatch(SinkResult::succeeded));
        otap.setPropagateAndProcess(4, 0xBEEF, ProcessingDelay.SIX_HOURS).join();
        SetScratchpadTargetAndActionRequest last = (SetScratchpadTargetAndActionRequest) gateway.received()
                .get(gateway.received().size() - 1);
        assertEquals(ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY, last.targetAndAction().action());
        assertEquals(6, gateway.received().size());
    }

    @Test
    void tlvUpdateChecksEverySinkBeforeSendingAnything() {
        TlvAppConfigHelper helper = client.tlvAppConfig(SinkSelection.network(7, Set.of("gw1")));
        CompletionException refused = assertThrows(CompletionException.class,
                () -> helper.update(config -> config.with(0x20, new byte[] {2}), false).join());
        assertInstanceOf(IllegalStateException.class, refused.getCause());
        assertTrue(gateway.received().isEmpty());
    }

    @Test
    void tlvUpdateIncrementsTheSequenceAndKeepsTheDiagnosticsInterval() {
        TlvAppConfigHelper helper = client.tlvAppConfig(SinkSelection.of(Set.of(new SinkRef("gw1", "sink2"))));
        List<SinkResult<SinkReadConfig>> results = helper.update(config -> config.with(0x1234,
                HexFormat.of().parseHex("abcd")), false).join();
        assertTrue(results.get(0).succeeded());
        AppConfigData written = ((SetConfigRequest) gateway.received().get(0)).config().appConfig().orElseThrow();
        assertEquals(0, written.seq(), "255 + 1 wraps in one byte");
        assertEquals(30, written.diagIntervalS());
        TlvAppConfig tlv = TlvAppConfig.parse(written.appConfigData().toByteArray()).orElseThrow();
        assertEquals(List.of(0x10, 0x1234), List.copyOf(tlv.entries().keySet()));
    }

    @Test
    void tlvOverrideReplacesAnAppConfigThatIsNotTlv() {
        TlvAppConfigHelper helper = client.tlvAppConfig(SinkSelection.of(Set.of(new SinkRef("gw1", "sink0"))));
        helper.update(config -> config.withLocalProvisioning(true), true).join();
        AppConfigData written = ((SetConfigRequest) gateway.received().get(0)).config().appConfig().orElseThrow();
        assertEquals("f67e01c40101", written.appConfigData().toHex());
        assertEquals(2, written.seq());
    }

    @Test
    void tlvUpdateRefusesAConfigLargerThanTheSinkTakes() {
        TlvAppConfigHelper helper = client.tlvAppConfig(SinkSelection.of(Set.of(new SinkRef("gw1", "sink2"))));
        CompletionException refused = assertThrows(CompletionException.class, () -> helper.update(
                config -> config.with(0x30, new byte[100]), false).join());
        assertTrue(refused.getCause().getMessage().contains("more than its 80"));
    }
}
