package org.meshbench.protocol.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.MessageKind;

/** Every topic of the API is built and parsed; malformed topics are rejected with a reason. */
class TopicTest {

    @Test
    void everyCommandTopicIsBuiltAndParsed() throws TopicFormatException {
        for (Command command : Command.values()) {
            String ids = command.hasSinkLevel() ? "/gw1/sink0" : "/gw1";
            Optional<String> sink = command.hasSinkLevel() ? Optional.of("sink0") : Optional.empty();
            RequestTopic request = new RequestTopic(command, "gw1", sink);
            ResponseTopic response = request.responseTopic();
            assertEquals("gw-request/" + command.topicName() + ids, request.path());
            assertEquals("gw-response/" + command.topicName() + ids, response.path());
            assertEquals(request, Topic.parse(request.path()));
            assertEquals(response, Topic.parse(response.path()));
            assertEquals(request, response.requestTopic());
            assertEquals(command.requestKind(), request.kind());
            assertEquals(command.responseKind(), response.kind());
        }
    }

    @Test
    void onlyGetConfigsAndGetGwInfoLackTheSinkLevel() {
        for (Command command : Command.values()) {
            boolean gatewayLevel = command == Command.GET_CONFIGS || command == Command.GET_GW_INFO;
            assertEquals(!gatewayLevel, command.hasSinkLevel(), command.topicName());
        }
    }

    @Test
    void getGwInfoResponseHasNoSinkLevelDespiteTheApiReadme() {
        TopicFormatException e = assertThrows(TopicFormatException.class,
                () -> Topic.parse("gw-response/get_gw_info/gw1/sink0"));
        assertTrue(e.reason().contains("takes 3 levels"), e.reason());
        assertEquals(ResponseTopic.of(Command.GET_GW_INFO, "gw1"), parse("gw-response/get_gw_info/gw1"));
    }

    @Test
    void eventTopicsAreBuiltAndParsed() throws TopicFormatException {
        StatusTopic status = new StatusTopic("rpi-cafe42");
        assertEquals("gw-event/status/rpi-cafe42", status.path());
        assertEquals(status, Topic.parse(status.path()));
        assertEquals(MessageKind.STATUS_EVENT, status.kind());

        ReceivedDataTopic data = new ReceivedDataTopic("gw1", "sink0", -1L, 0, 4294967295L);
        assertEquals("gw-event/received_data/gw1/sink0/18446744073709551615/0/4294967295", data.path());
        assertEquals(data, Topic.parse(data.path()));
        assertEquals(Optional.of("sink0"), data.sinkId());
    }

    @Test
    void malformedTopicsAreRejectedWithAReason() {
        assertRejected("gw-command/get_configs/gw1", "does not start with");
        assertRejected("gw-request/reboot/gw1", "unknown command \"reboot\"");
        assertRejected("gw-request/send_data/gw1", "takes 4 levels");
        assertRejected("gw-request/get_configs/gw1/sink0", "takes 3 levels");
        assertRejected("gw-request/get_configs/", "gateway id \"\" cannot be used in an MQTT topic: it is empty");
        assertRejected("gw-request", "<prefix>/<command>/<gateway>");
        assertRejected("gw-event/heartbeat/gw1", "unknown event \"heartbeat\"");
        assertRejected("gw-event/status/gw1/sink0", "expected 3 levels");
        assertRejected("gw-event/received_data/gw1/sink0/12x/1/1", "network address \"12x\" is not a decimal number");
        assertRejected("gw-event/received_data/gw1/sink0/-1/1/1", "is not a decimal number");
        assertRejected("gw-event/received_data/gw1/sink0/18446744073709551616/1/1", "does not fit in 64 bits");
        assertRejected("gw-event/received_data/gw1/sink0/1/4294967296/1", "source endpoint 4294967296 is larger");
    }

    @Test
    void commandTopicsCheckTheSinkLevel() {
        assertThrows(IllegalArgumentException.class, () -> RequestTopic.of(Command.SEND_DATA, "gw1"));
        assertThrows(IllegalArgumentException.class, () -> ResponseTopic.of(Command.GET_CONFIGS, "gw1", "sink0"));
    }

    private static void assertRejected(String topic, String reason) {
        TopicFormatException e = assertThrows(TopicFormatException.class, () -> Topic.parse(topic));
        assertTrue(e.reason().contains(reason), e.reason());
        assertEquals(topic, e.topic());
        assertTrue(e.getMessage().contains(topic), e.getMessage());
    }

    private static Topic parse(String topic) {
        try {
            return Topic.parse(topic);
        } catch (TopicFormatException e) {
            throw new AssertionError(e);
        }
    }
}
