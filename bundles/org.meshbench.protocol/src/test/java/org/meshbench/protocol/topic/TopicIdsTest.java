package org.meshbench.protocol.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.message.Command;

/** Ids that would break a topic are rejected by every builder, with a message naming the id. */
class TopicIdsTest {

    /** Bad id → the part of the message that says why. */
    private static final Map<String, String> BAD_IDS = Map.of(
            "", "it is empty",
            "gw/1", "contains '/' at index 2",
            "gw+", "contains '+' at index 2",
            "#", "contains '#' at index 0",
            "caf\u00e9", "non-ASCII character U+00E9 at index 3",
            "tab\there", "control character U+0009 at index 3",
            "del\u007f", "control character U+007F at index 3");

    @Test
    void badIdsAreRejectedWithTheIdAndTheReason() {
        BAD_IDS.forEach((id, reason) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TopicIds.requireValid("gateway id", id));
            assertTrue(e.getMessage().contains(reason), e.getMessage());
            assertTrue(e.getMessage().startsWith("gateway id \"" + TopicIds.printable(id) + "\""), e.getMessage());
        });
    }

    @Test
    void everyTopicBuilderChecksItsIds() {
        assertSinkRejected(() -> RequestTopic.of(Command.SEND_DATA, "gw1", "sink/0"));
        assertSinkRejected(() -> ResponseTopic.of(Command.SEND_DATA, "gw1", "sink+"));
        assertSinkRejected(() -> new ReceivedDataTopic("gw1", "#", 1, 1, 1));
        assertSinkRejected(() -> TopicFilterBuilder.receivedData().sink(""));
        assertThrows(IllegalArgumentException.class, () -> new StatusTopic("gw/1"));
        assertThrows(IllegalArgumentException.class, () -> RequestTopic.of(Command.GET_CONFIGS, "caf\u00e9"));
        assertThrows(IllegalArgumentException.class, () -> TopicFilterBuilder.status().gateway("+"));
    }

    @Test
    void printableAsciiIdsAreAccepted() {
        assertEquals(Optional.empty(), TopicIds.problem("rpi-cafe42"));
        assertEquals(Optional.empty(), TopicIds.problem("sink 0 (left)"));
    }

    @Test
    void controlCharactersAreEscapedInMessages() {
        assertEquals("a\\u0000b\\u00E9", TopicIds.printable("a\u0000b\u00e9"));
    }

    private static void assertSinkRejected(Runnable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
        assertTrue(e.getMessage().startsWith("sink id "), e.getMessage());
    }
}
