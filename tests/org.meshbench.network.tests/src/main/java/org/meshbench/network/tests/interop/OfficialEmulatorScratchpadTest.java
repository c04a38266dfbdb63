package org.meshbench.network.tests.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.meshbench.network.FeatureNotSupportedException;
import org.meshbench.network.GatewayErrorException;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SyncGatewayServices;
import org.meshbench.network.UploadProgress;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.ScratchpadStatus;
import org.meshbench.protocol.value.ScratchpadType;
import org.meshbench.protocol.value.TargetScratchpadAndAction;
import org.meshbench.testing.Waits;

/**
 * The scratchpad services (status, upload whole and in chunks, clear, process, target and action)
 * from the network service to a gateway emulated with the official codec, which announces
 * max_scratchpad_size 1024 and SCRATCHPAD_CHUNK_V1 as the official gateway does.
 */
class OfficialEmulatorScratchpadTest {
    private static final int MAX_SIZE = 1024;
    private static final SinkRef SINK0 = new SinkRef("emu-a", "sink0");

    private InteropFixture fixture;
    private EmulatedGateway emulated;
    private NetworkClient client;
    private SyncGatewayServices sync;

    @BeforeEach
    void start(TestInfo test) throws Exception {
        fixture = InteropFixture.start(test);
        emulated = fixture.gateway("emu-a", "sinks=sink0,sink1", "max_scratchpad_size=" + MAX_SIZE);
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
    void getScratchpadStatus() throws Exception {
        ScratchpadStatusReport status = sync.getScratchpadStatus(SINK0);
        EmulatorFields official = emulated.config("sink0");
        assertEquals(Optional.of(OfficialConfig.scratchpad(official, "stored_scratchpad")), status.stored());
        assertEquals(Optional.of(ScratchpadStatus.SUCCESS), status.storedStatus());
        assertEquals(Optional.of(ScratchpadType.BLANK), status.storedType());
        assertEquals(Optional.of(OfficialConfig.scratchpad(official, "processed_scratchpad")), status.processed());
        assertEquals(OptionalLong.of(official.number("firmware_area_id")), status.firmwareAreaId());
        assertEquals(Optional.of(TargetScratchpadAndAction.of(ScratchpadAction.NO_OTAP)), status.targetAndAction());
        assertEquals("sink0", emulated.requests(Command.OTAP_STATUS).get(0).text("sink_id"));

        assertEquals(ResultCode.INVALID_SINK_ID, assertThrows(GatewayErrorException.class,
                () -> sync.getScratchpadStatus(new SinkRef("emu-a", "sink9"))).result());
    }

    @Test
    void uploadScratchpadWhole() throws Exception {
        Bytes image = image(MAX_SIZE);
        List<UploadProgress> progress = new CopyOnWriteArrayList<>();
        sync.uploadScratchpad(SINK0, 21, image, progress::add);

        List<EmulatorFields> requests = emulated.requests(Command.OTAP_LOAD_SCRATCHPAD);
        assertEquals(1, requests.size());
        assertEquals(image, requests.get(0).bytes("scratchpad"));
        assertEquals(21, requests.get(0).number("seq"));
        assertFalse(requests.get(0).has("chunk_info.offset"), "an image of max_scratchpad_size goes whole");
        assertStored(image, 21);
        Waits.until("the progress reported", () -> progress.size() == 1);
        assertTrue(progress.get(0).complete());

        emulated.failNext(Command.OTAP_LOAD_SCRATCHPAD, ResultCode.INVALID_SCRATCHPAD);
        assertEquals(ResultCode.INVALID_SCRATCHPAD, assertThrows(GatewayErrorException.class,
                () -> sync.uploadScratchpad(SINK0, 22, image(100), step -> { })).result());
        assertStored(image, 21);
    }

    @Test
    void uploadScratchpadInChunks() throws Exception {
        Bytes image = image(4 * MAX_SIZE + 100);
        List<UploadProgress> progress = new CopyOnWriteArrayList<>();
        sync.uploadScratchpad(SINK0, 33, image, progress::add);

        List<EmulatorFields> chunks = emulated.requests(Command.OTAP_LOAD_SCRATCHPAD);
        assertEquals(5, chunks.size());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (EmulatorFields chunk : chunks) {
            assertEquals(joined.size(), chunk.number("chunk_info.offset"), "in offset order");
            assertEquals(image.size(), chunk.number("chunk_info.total_size"));
            assertEquals(33, chunk.number("seq"));
            assertTrue(chunk.bytes("scratchpad").size() <= MAX_SIZE);
            joined.writeBytes(chunk.bytes("scratchpad").toByteArray());
        }
        assertEquals(image, Bytes.of(joined.toByteArray()));
        assertStored(image, 33);
        Waits.until("five steps reported", () -> progress.size() == 5);
        assertEquals(image.size(), progress.get(4).bytesAcknowledged());

        // The first refused chunk ends the upload.
        emulated.failNext(Command.OTAP_LOAD_SCRATCHPAD, ResultCode.SINK_OUT_OF_MEMORY);
        assertEquals(ResultCode.SINK_OUT_OF_MEMORY, assertThrows(GatewayErrorException.class,
                () -> sync.uploadScratchpad(SINK0, 34, image, step -> { })).result());
        assertEquals(6, emulated.requests(Command.OTAP_LOAD_SCRATCHPAD).size());
        assertStored(image, 33);
    }

    @Test
    void uploadScratchpadTooLargeForAGatewayWithoutChunks() throws Exception {
        EmulatedGateway plain = fixture.gateway("emu-plain", "max_scratchpad_size=" + MAX_SIZE,
                "features=CONFIGURATION_DATA_V1");
        InteropFixture.awaitOnline(client, "emu-plain", 1);
        SinkRef sink = new SinkRef("emu-plain", "sink0");

        FeatureNotSupportedException refused = assertThrows(FeatureNotSupportedException.class,
                () -> sync.uploadScratchpad(sink, 5, image(MAX_SIZE + 1), step -> { }));
        assertEquals(GatewayFeature.SCRATCHPAD_CHUNK_V1, refused.feature());
        assertTrue(plain.requests(Command.OTAP_LOAD_SCRATCHPAD).isEmpty(), "nothing was sent");
        sync.uploadScratchpad(sink, 5, image(MAX_SIZE), step -> { });
        assertEquals(MAX_SIZE, plain.config("sink0").number("stored_scratchpad.len"));
    }

    @Test
    void clearScratchpad() throws Exception {
        sync.uploadScratchpad(SINK0, 40, image(300), step -> { });
        sync.clearScratchpad(SINK0, 41);

        EmulatorFields clear = emulated.requests(Command.OTAP_LOAD_SCRATCHPAD).get(1);
        assertFalse(clear.has("scratchpad"), "a clear request carries no scratchpad: " + clear);
        assertEquals(41, clear.number("seq"));
        assertEquals(Optional.of(ScratchpadType.BLANK), sync.getScratchpadStatus(SINK0).storedType());
        assertEquals(ResultCode.INVALID_SINK_ID, assertThrows(GatewayErrorException.class,
                () -> sync.clearScratchpad(new SinkRef("emu-a", "sink9"), 1)).result());
    }

    @Test
    void processScratchpad() throws Exception {
        assertEquals(ResultCode.NO_SCRATCHPAD_PRESENT, assertThrows(GatewayErrorException.class,
                () -> sync.processScratchpad(SINK0)).result());
        Bytes image = image(600);
        sync.uploadScratchpad(SINK0, 50, image, step -> { });
        FirmwareVersion before = client.gateway("emu-a").orElseThrow().sink("sink0").orElseThrow().config()
                .firmwareVersion().orElseThrow();

        sync.processScratchpad(SINK0);
        ScratchpadStatusReport status = sync.getScratchpadStatus(SINK0);
        assertEquals(Optional.of(new ScratchpadInfo(image.size(), crc16(image), 50)), status.processed());
        assertEquals(Optional.of(ScratchpadType.PROCESS), status.storedType());
        // The sink restarts with the new firmware; the gateway announces it in its status.
        Waits.until("the new firmware in the model", () -> client.gateway("emu-a").flatMap(g -> g.sink("sink0"))
                .flatMap(sink -> sink.config().firmwareVersion()).map(version -> version.dev() == before.dev() + 1)
                .orElse(false));
        assertEquals(2, emulated.requests(Command.OTAP_PROCESS_SCRATCHPAD).size());
    }

    @Test
    void setTargetAndAction() throws Exception {
        TargetScratchpadAndAction delayed = new TargetScratchpadAndAction(
                ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY, OptionalLong.of(12), OptionalLong.of(0x4321),
                Optional.of(new ActionParameter.Delay(ProcessingDelay.TWO_DAYS)));
        sync.setTargetAndAction(SINK0, delayed);
        EmulatorFields request = emulated.requests(Command.OTAP_SET_TARGET_SCRATCHPAD).get(0);
        assertEquals(delayed, OfficialConfig.target(request, "target."));
        assertEquals(Optional.of(delayed), sync.getScratchpadStatus(SINK0).targetAndAction());

        TargetScratchpadAndAction raw = new TargetScratchpadAndAction(ScratchpadAction.PROPAGATE_ONLY,
                OptionalLong.of(13), OptionalLong.empty(), Optional.of(new ActionParameter.Raw(0xC2)));
        sync.setTargetAndAction(SINK0, raw);
        assertEquals(raw, OfficialConfig.target(emulated.requests(Command.OTAP_SET_TARGET_SCRATCHPAD).get(1),
                "target."));
        Waits.until("the target in the model", () -> client.gateway("emu-a").flatMap(g -> g.sink("sink0"))
                .flatMap(sink -> sink.config().targetAndAction()).equals(Optional.of(raw)));

        GatewayErrorException noDelay = assertThrows(GatewayErrorException.class, () -> sync.setTargetAndAction(
                SINK0, TargetScratchpadAndAction.of(ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY)));
        assertEquals(ResultCode.INVALID_PARAM, noDelay.result());
        assertEquals(Optional.of(raw), sync.getScratchpadStatus(SINK0).targetAndAction());
    }

    private void assertStored(Bytes image, long seq) throws Exception {
        ScratchpadInfo expected = new ScratchpadInfo(image.size(), crc16(image), seq);
        assertEquals(expected, OfficialConfig.scratchpad(emulated.config("sink0"), "stored_scratchpad"));
        ScratchpadStatusReport status = sync.getScratchpadStatus(SINK0);
        assertEquals(Optional.of(expected), status.stored());
        assertEquals(Optional.of(ScratchpadType.PRESENT), status.storedType());
    }

    private static Bytes image(int size) {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        return Bytes.of(data);
    }

    /** CRC-16/CCITT-FALSE, the scratchpad CRC gateways report. */
    private static long crc16(Bytes data) {
        int crc = 0xFFFF;
        for (byte b : data.toByteArray()) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return crc & 0xFFFF;
    }
}
