package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.meshbench.simulator.testsupport.TestGateway.header;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionRequest;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionResponse;
import org.meshbench.protocol.message.UploadScratchpadRequest;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.TargetScratchpadAndAction;
import org.meshbench.simulator.testsupport.Downlinks;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

/** A network OTAP: the sink's scratchpad propagates to the nodes, which process it after the delay. */
class NetworkOtapTest {

    private static final Bytes STATUS_QUERY = Bytes.fromHex("1900");
    private static final int IMAGE_CRC = 0xFD2F;

    private final MutableClock clock = new MutableClock();
    private final TestGateway gateway = TestGateway.first(clock, TestGateway.quiet(clock).build());
    private final long node = gateway.behaviour().nodeAddresses("sink0").get(0);

    @BeforeEach
    void uploadAndTargetWithTenMinutesDelay() {
        byte[] image = new byte[64];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) i;
        }
        gateway.send(new UploadScratchpadRequest(header("sink0"), 7, Optional.of(Bytes.of(image)), Optional.empty()));
        SetScratchpadTargetAndActionResponse response = gateway.answer(new SetScratchpadTargetAndActionRequest(
                header("sink0"), new TargetScratchpadAndAction(ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY,
                        OptionalLong.of(7), OptionalLong.empty(), Optional.of(
                                new ActionParameter.Delay(ProcessingDelay.TEN_MINUTES)))),
                SetScratchpadTargetAndActionResponse.class);
        assertEquals(ResultCode.OK, response.header().res());
    }

    @Test
    void nodesReportTheStoredTargetAndTheRemainingDelay() {
        clock.advance(Duration.ofMinutes(4));
        ByteBuffer status = queryStatus();

        assertEquals(0x99, status.get(0) & 0xFF);
        assertEquals(47, status.get(1));
        assertEquals(64, status.getInt(2), "stored length");
        assertEquals(IMAGE_CRC, status.getShort(6) & 0xFFFF, "stored CRC");
        assertEquals(7, status.get(8), "stored sequence");
        assertEquals(1, status.get(9), "stored type: present");
        assertEquals(0xFF, status.get(10) & 0xFF, "stored status: new");
        assertEquals(3, status.get(41), "action: propagate and process with delay");
        assertEquals(7, status.get(42), "target sequence");
        assertEquals(IMAGE_CRC, status.getShort(43) & 0xFFFF, "target CRC");
        assertEquals(10, status.getShort(45), "delay in minutes");
        assertEquals(6, status.getShort(47), "remaining minutes");
    }

    @Test
    void afterTheDelayEveryNodeBootsTheNewFirmwareAndSaysSo() {
        assertEquals(List.of(), Downlinks.from(gateway.tick(Duration.ofMinutes(10)), 254), "still rebooting");
        List<ReceivedDataEvent> boots = Downlinks.from(gateway.tick(Duration.ofSeconds(5)), 254);

        assertEquals(5, boots.size());
        assertEquals(1, boots.get(0).payload().orElseThrow().toByteArray()[2], "boot diagnostics: dev part 1");
        ByteBuffer status = queryStatus();
        assertEquals(7, status.get(17), "processed sequence");
        assertEquals(0, status.get(10), "stored status: success");
        assertEquals(1, status.get(25), "stack version dev part, after 5.4.0.0");
        assertEquals(0, status.getShort(47), "nothing remains");
    }

    private ByteBuffer queryStatus() {
        gateway.send(Downlinks.to("sink0", node, 255, 240, STATUS_QUERY));
        ReceivedDataEvent answer = Downlinks.from(gateway.tick(Duration.ofSeconds(1)), 240).get(0);
        return ByteBuffer.wrap(answer.payload().orElseThrow().toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    }
}
