package org.meshbench.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.OtapHelper;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SinkResult;
import org.meshbench.network.SinkSelection;
import org.meshbench.network.TlvAppConfig;
import org.meshbench.network.UploadProgress;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.testing.MinimalGateway;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.Waits;

/**
 * Network-wide operations on network 7, served by a test gateway (two sinks) and a production
 * gateway (one sink) that share the address; the allow-list keeps production untouched.
 */
class NetworkHelpersTest {
    private static final long NETWORK = 7;
    private static final SinkSelection TEST_ONLY = SinkSelection.network(NETWORK, Set.of("gw-test"));

    private NetworkFixture fixture;
    private MinimalGateway test;
    private MinimalGateway production;
    private NetworkClient client;

    @BeforeEach
    void start() throws Exception {
        fixture = new NetworkFixture(MosquittoBroker.builder().start());
        test = fixture.gateway(MinimalGateway.builder("gw-test").maxScratchpadSize(1024)
                .sink(NetworkFixture.sink("sink0", NETWORK, 1)).sink(NetworkFixture.sink("sink1", NETWORK, 2)));
        production = fixture.gateway(MinimalGateway.builder("gw-prod").sink(NetworkFixture.sink("sink0", NETWORK, 3)));
        client = fixture.client();
        NetworkFixture.awaitOnline(client, "gw-test");
        NetworkFixture.awaitOnline(client, "gw-prod");
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    private static <T> List<SinkResult<T>> await(CompletableFuture<List<SinkResult<T>>> results)
            throws Exception {
        return results.get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void otapUploadsToAllowedSinksInParallelAndSetsTheirTarget() throws Exception {
        OtapHelper otap = client.otap(TEST_ONLY);
        Bytes image = Bytes.of(new byte[3000]);
        List<UploadProgress> progress = new CopyOnWriteArrayList<>();

        List<SinkResult<Void>> uploads = await(otap.uploadScratchpad(21, image, progress::add));
        assertEquals(List.of(new SinkRef("gw-test", "sink0"), new SinkRef("gw-test", "sink1")),
                uploads.stream().map(SinkResult::sink).toList());
        assertTrue(uploads.stream().allMatch(SinkResult::succeeded));
        assertEquals(Optional.of(image), test.scratchpad("sink1"));
        assertEquals(Optional.empty(), production.scratchpad("sink0"), "production untouched");
        Waits.until("three chunks per sink", () -> progress.size() == 6);

        await(otap.setPropagateAndProcess(21, 0x1111, ProcessingDelay.ONE_HOUR));
        List<SinkResult<ScratchpadStatusReport>> statuses = await(otap.scratchpadStatus());
        assertEquals(ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY,
                statuses.get(0).value().orElseThrow().targetAndAction().orElseThrow().action());
        assertTrue(await(otap.processScratchpad()).stream().allMatch(SinkResult::succeeded));
    }

    @Test
    void sendsToEverySinkOfTheNetwork() throws Exception {
        List<SinkResult<Void>> results = await(client.networkOperations(SinkSelection.network(NETWORK))
                .sendData(OutgoingPacket.to(OutgoingPacket.BROADCAST, 1, 1, Bytes.fromHex("00"))));
        assertEquals(3, results.size());
        assertTrue(results.stream().allMatch(SinkResult::succeeded));
    }

    @Test
    void editsTheTlvAppConfigOfAllowedSinks() throws Exception {
        await(client.tlvAppConfig(TEST_ONLY).update(config -> config.with(0x42, Bytes.fromHex("beef")), false));
        AppConfigData written = test.sink("sink0").orElseThrow().appConfig().orElseThrow();
        assertEquals(2, written.seq());
        assertEquals(Bytes.fromHex("beef"), TlvAppConfig.parse(written.appConfigData()).orElseThrow().entries()
                .get(0x42));
        assertEquals(1, production.sink("sink0").orElseThrow().appConfig().orElseThrow().seq());
        Waits.until("the model holds the new app config", () -> client.tlvAppConfig(TEST_ONLY).current().values()
                .stream().allMatch(config -> config.map(tlv -> tlv.entries().containsKey(0x42)).orElse(false)));
    }
}
