package org.meshbench.protocol.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.message.Command;

/** Subscription filters: what the builder produces and what MQTT matching accepts. */
class TopicFilterTest {

    @Test
    void builderProducesTheApiFilters() {
        assertEquals("gw-request/#", TopicFilterBuilder.requests().build().text());
        assertEquals("gw-request/+/gw1/#", TopicFilterBuilder.requests().gateway("gw1").build().text());
        assertEquals("gw-response/#", TopicFilterBuilder.responses().build().text());
        assertEquals("gw-response/send_data/#",
                TopicFilterBuilder.responses().command(Command.SEND_DATA).build().text());
        assertEquals("gw-response/send_data/gw1/sink0", TopicFilterBuilder.responses().command(Command.SEND_DATA)
                .gateway("gw1").sink("sink0").build().text());
        assertEquals("gw-response/send_data/+/sink0",
                TopicFilterBuilder.responses().command(Command.SEND_DATA).sink("sink0").build().text());
        assertEquals("gw-response/get_gw_info/+",
                TopicFilterBuilder.responses().command(Command.GET_GW_INFO).build().text());
        assertEquals("gw-event/status/+", TopicFilterBuilder.status().build().text());
        assertEquals("gw-event/status/gw1", TopicFilterBuilder.status().gateway("gw1").build().text());
        assertEquals("gw-event/received_data/+/+/+/+/+", TopicFilterBuilder.receivedData().build().text());
        assertEquals("gw-event/received_data/+/+/12345/10/+",
                TopicFilterBuilder.receivedData().network(12345).sourceEndpoint(10).build().text());
    }

    @Test
    void gatewayFilterMatchesEveryRequestOfThatGatewayOnly() {
        TopicFilter filter = TopicFilterBuilder.requests().gateway("gw1").build();
        for (Command command : Command.values()) {
            Optional<String> sink = command.hasSinkLevel() ? Optional.of("sink0") : Optional.empty();
            assertTrue(filter.matches(new RequestTopic(command, "gw1", sink)), command.topicName());
            assertFalse(filter.matches(new RequestTopic(command, "gw2", sink)), command.topicName());
            assertFalse(filter.matches(new ResponseTopic(command, "gw1", sink)), command.topicName());
        }
    }

    @Test
    void mqttMatchingRules() {
        assertTrue(new TopicFilter("a/#").matches("a"));
        assertTrue(new TopicFilter("a/#").matches("a/b/c"));
        assertTrue(new TopicFilter("a/+/c").matches("a/b/c"));
        assertFalse(new TopicFilter("a/+").matches("a/b/c"));
        assertFalse(new TopicFilter("a/+/c").matches("a/b"));
        assertTrue(new TopicFilter("a/+").matches("a/"));
        assertFalse(new TopicFilter("#").matches("$SYS/broker"));
        assertTrue(new TopicFilter("$SYS/#").matches("$SYS/broker"));
    }

    @Test
    void invalidFiltersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TopicFilter(""));
        assertThrows(IllegalArgumentException.class, () -> new TopicFilter("a/#/b"));
        assertThrows(IllegalArgumentException.class, () -> new TopicFilter("a#"));
        assertThrows(IllegalArgumentException.class, () -> new TopicFilter("a/b+"));
    }

    @Test
    void levelsAFamilyDoesNotHaveAreRefused() {
        assertThrows(IllegalStateException.class, () -> TopicFilterBuilder.status().sink("sink0"));
        assertThrows(IllegalStateException.class, () -> TopicFilterBuilder.requests().network(1));
        assertThrows(IllegalStateException.class, () -> TopicFilterBuilder.receivedData().command(Command.SEND_DATA));
        assertThrows(IllegalStateException.class,
                () -> TopicFilterBuilder.responses().command(Command.GET_CONFIGS).sink("sink0").build());
    }
}
