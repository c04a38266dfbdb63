package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.simulator.testsupport.TestGateway.header;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.message.GetScratchpadStatusRequest;
import org.meshbench.protocol.message.GetScratchpadStatusResponse;
import org.meshbench.protocol.message.ProcessScratchpadRequest;
import org.meshbench.protocol.message.ProcessScratchpadResponse;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.message.UploadScratchpadRequest;
import org.meshbench.protocol.message.UploadScratchpadResponse;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ChunkInfo;
import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.ScratchpadStatus;
import org.meshbench.protocol.value.ScratchpadType;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

/** The scratchpad of one sink: upload (whole or in chunks), status, process, reboot into new firmware. */
class ScratchpadTest {

    /** Bytes 0..63: CRC-16/CCITT-FALSE 0xFD2F. */
    private static final byte[] IMAGE = image(64);
    private static final int IMAGE_CRC = 0xFD2F;

    private final MutableClock clock = new MutableClock();

    @Test
    void aWholeUploadIsStoredAsNewWithItsLengthCrcAndSequence() {
        TestGateway gateway = gateway(ValidationMode.OFFICIAL);

        List<DecodedMessage> published = gateway.send(upload(7, IMAGE, Optional.empty()));

        assertEquals(ResultCode.OK, assertInstanceOf(UploadScratchpadResponse.class, published.get(0).message())
                .header().res());
        assertInstanceOf(StatusEvent.class, published.get(1).message(), "a new scratchpad changes the status");
        GetScratchpadStatusResponse status = gateway.answer(new GetScratchpadStatusRequest(header("sink0")),
                GetScratchpadStatusResponse.class);
        assertEquals(Optional.of(new ScratchpadInfo(64, IMAGE_CRC, 7)), status.storedScratchpad());
        assertEquals(Optional.of(ScratchpadType.PRESENT), status.storedType());
        assertEquals(Optional.of(ScratchpadStatus.NEW), status.storedStatus());
        assertEquals(OptionalLong.of(2), status.firmwareAreaId());
    }

    @Test
    void officiallyChunksMayComeInAnyOrder() {
        TestGateway gateway = gateway(ValidationMode.OFFICIAL);

        assertEquals(ResultCode.OK, chunk(gateway, 32, 32));
        assertEquals(ScratchpadType.BLANK, gateway.config("sink0").storedType().orElseThrow());
        assertEquals(ResultCode.OK, chunk(gateway, 16, 16));
        assertEquals(ResultCode.OK, chunk(gateway, 0, 16));

        assertEquals(ScratchpadType.BLANK, gateway.config("sink0").storedType().orElseThrow(),
                "offset 0 starts over, dropping the two chunks before it");
        assertEquals(ResultCode.OK, chunk(gateway, 16, 16));
        assertEquals(ResultCode.OK, chunk(gateway, 32, 32));
        assertEquals(new ScratchpadInfo(64, IMAGE_CRC, 9), gateway.config("sink0").storedScratchpad().orElseThrow());
    }

    @Test
    void strictlyChunksMustComeInOrder() {
        TestGateway gateway = gateway(ValidationMode.STRICT);

        assertEquals(ResultCode.OK, chunk(gateway, 0, 16));
        assertEquals(ResultCode.INVALID_SCRATCHPAD_CHUNK_OFFSET, chunk(gateway, 32, 16));
        assertEquals(ResultCode.OK, chunk(gateway, 16, 16));
        assertEquals(ResultCode.INVALID_SCRATCHPAD_CHUNK_SIZE, chunk(gateway, 32, 48));
        assertEquals(ResultCode.OK, chunk(gateway, 32, 32));

        assertEquals(new ScratchpadInfo(64, IMAGE_CRC, 9), gateway.config("sink0").storedScratchpad().orElseThrow());
    }

    @Test
    void anEmptyUploadClearsTheScratchpad() {
        TestGateway gateway = gateway(ValidationMode.OFFICIAL);
        gateway.send(upload(7, IMAGE, Optional.empty()));

        gateway.send(new UploadScratchpadRequest(header("sink0"), 0, Optional.empty(), Optional.empty()));

        assertEquals(ScratchpadType.BLANK, gateway.config("sink0").storedType().orElseThrow());
        assertEquals(ResultCode.NO_SCRATCHPAD_PRESENT, process(gateway));
    }

    @Test
    void processingBootsNewFirmwareAfterTheRebootDelay() {
        TestGateway gateway = gateway(ValidationMode.OFFICIAL);
        gateway.send(upload(7, IMAGE, Optional.empty()));

        assertEquals(ResultCode.OK, process(gateway));
        assertEquals(ScratchpadType.PROCESS, gateway.config("sink0").storedType().orElseThrow());
        assertTrue(gateway.tick(Duration.ofMillis(1999)).isEmpty());
        List<DecodedMessage> rebooted = gateway.tick(Duration.ofMillis(1));

        StatusEvent status = assertInstanceOf(StatusEvent.class, rebooted.get(0).message());
        SinkReadConfig sink = status.configs().get(0);
        assertEquals(Optional.of(new FirmwareVersion(5, 4, 0, 1)), sink.firmwareVersion());
        assertEquals(Optional.of(new ScratchpadInfo(64, IMAGE_CRC, 7)), sink.processedScratchpad());
        assertEquals(Optional.of(ScratchpadStatus.SUCCESS), sink.storedStatus());
        assertEquals(Optional.of(ScratchpadType.PRESENT), sink.storedType());
        assertEquals(3, rebooted.size(), "status, unsolicited get_configs and set_config for sink0");
    }

    private TestGateway gateway(ValidationMode mode) {
        return TestGateway.first(clock, TestGateway.quiet(clock).validation(mode).build());
    }

    private static ResultCode chunk(TestGateway gateway, int offset, int length) {
        byte[] piece = Arrays.copyOfRange(IMAGE, offset, Math.min(IMAGE.length, offset + length));
        if (piece.length < length) {
            piece = Arrays.copyOf(piece, length);
        }
        return gateway.answer(upload(9, piece, Optional.of(new ChunkInfo(IMAGE.length, offset))),
                UploadScratchpadResponse.class).header().res();
    }

    private static ResultCode process(TestGateway gateway) {
        return gateway.answer(new ProcessScratchpadRequest(header("sink0")), ProcessScratchpadResponse.class)
                .header().res();
    }

    private static UploadScratchpadRequest upload(long seq, byte[] data, Optional<ChunkInfo> chunk) {
        return new UploadScratchpadRequest(header("sink0"), seq, Optional.of(Bytes.of(data)), chunk);
    }

    private static byte[] image(int size) {
        byte[] image = new byte[size];
        for (int i = 0; i < size; i++) {
            image[i] = (byte) i;
        }
        return image;
    }
}
