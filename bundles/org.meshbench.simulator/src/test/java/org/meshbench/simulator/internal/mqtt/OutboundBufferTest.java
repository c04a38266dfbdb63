package org.meshbench.simulator.internal.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.simulator.Publication;

class OutboundBufferTest {

    private static final Publication FIRST = message(1);
    private static final Publication SECOND = message(2);
    private static final Publication THIRD = message(3);

    @Test
    void newestFirstLikeTheOfficialLifoQueue() {
        OutboundBuffer buffer = filled(new OutboundBuffer(10, true));

        assertEquals(List.of(THIRD, SECOND, FIRST), buffer.drain());
        assertTrue(buffer.isEmpty());
    }

    @Test
    void oldestFirstOnRequest() {
        assertEquals(List.of(FIRST, SECOND, THIRD), filled(new OutboundBuffer(10, false)).drain());
    }

    @Test
    void aFullBufferDropsTheOldestAndCountsIt() {
        OutboundBuffer buffer = filled(new OutboundBuffer(2, false));

        assertEquals(List.of(SECOND, THIRD), buffer.drain());
        assertEquals(1, buffer.dropped());
    }

    private static OutboundBuffer filled(OutboundBuffer buffer) {
        buffer.hold(FIRST);
        buffer.hold(SECOND);
        buffer.hold(THIRD);
        return buffer;
    }

    private static Publication message(int index) {
        return new Publication("gw-event/received_data/gw/sink0/1/1/1", Bytes.of((byte) index), 1, false);
    }
}
