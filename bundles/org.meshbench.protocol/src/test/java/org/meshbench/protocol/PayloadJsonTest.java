package org.meshbench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.value.Bytes;

/** JSON to payload: what protobuf's JSON parser accepts, and errors that name the field path. */
class PayloadJsonTest {

    private static final String TOPIC = "gw-request/send_data/gw1/sink0";
    /** The required members of a send_packet_req besides its header. */
    private static final String BODY = "\"destination_address\": 1, \"source_endpoint\": 1,"
            + " \"destination_endpoint\": 1, \"qos\": 0, \"payload\": \"\"";

    private final PayloadJson json = new PayloadJson();
    private final GatewayCodec codec = new GatewayCodec();

    @Test
    void acceptsJsonNamesNumbersAsStringsAndEnumNumbers() throws Exception {
        String text = sendData("\"reqId\": 18446744073709551615, \"sinkId\": \"sink0\"",
                BODY.replace("\"qos\": 0", "\"qos\": \"1\"").replace("\"payload\": \"\"", "\"payload\": \"AQ\"")
                        + ", \"isUnackCsmaCa\": false");
        SendDataRequest request = (SendDataRequest) codec.decode(TOPIC, json.fromJson(TOPIC, text)).message();
        assertEquals(-1L, request.header().reqId());
        assertEquals(1, request.qos());
        assertEquals(Bytes.of((byte) 1), request.payload());
        assertEquals(Optional.of(false), request.isUnackCsmaCa());
    }

    @Test
    void nullLeavesAFieldUnset() throws Exception {
        String text = sendData("\"req_id\": \"1\", \"time_ms_epoch\": null", BODY + ", \"hop_limit\": null");
        SendDataRequest request = (SendDataRequest) codec.decode(TOPIC, json.fromJson(TOPIC, text)).message();
        assertTrue(request.header().timeMsEpoch().isEmpty());
        assertTrue(request.hopLimit().isEmpty());
    }

    @Test
    void unknownFieldIsNamedWithItsPath() {
        assertError(sendData("\"req_id\": \"1\", \"gw_id\": \"gw1\"", BODY), "wirepas.send_packet_req.header.gw_id",
                "unknown field");
    }

    @Test
    void wrongTypeIsNamedWithItsPath() {
        assertError(sendData("\"req_id\": \"1\"", BODY + ", \"is_unack_csma_ca\": \"yes\""),
                "wirepas.send_packet_req.is_unack_csma_ca", "expected true or false");
        assertError(sendData("\"req_id\": \"1\"", BODY.replace("\"qos\": 0", "\"qos\": 1.5")),
                "wirepas.send_packet_req.qos",
                "expected an integer");
        assertError(sendData("\"req_id\": \"1\"", BODY.replace("\"qos\": 0", "\"qos\": 4294967296")),
                "wirepas.send_packet_req.qos", "outside");
        assertError(sendData("\"req_id\": \"1\"", BODY.replace("\"payload\": \"\"", "\"payload\": \"***\"")),
                "wirepas.send_packet_req.payload",
                "base64");
        assertError(sendData("\"req_id\": -1", BODY), "wirepas.send_packet_req.header.req_id", "outside");
    }

    @Test
    void repeatedFieldNeedsAnArrayAndKnownEnumNames() {
        String topic = "gw-event/status/gw1";
        String status = "{\"wirepas\": {\"status_event\": {\"header\": {\"gw_id\": \"gw1\", \"event_id\": \"1\"},"
                + " \"version\": 1, \"state\": \"ON\", \"gw_features\": %s}}}";
        assertError(topic, status.formatted("\"SCRATCHPAD_CHUNK_V1\""), "wirepas.status_event.gw_features",
                "expected an array");
        assertError(topic, status.formatted("[\"SCRATCHPAD_CHUNK_V1\", \"TELEPORT\"]"),
                "wirepas.status_event.gw_features[1]", "no value \"TELEPORT\" in enum GatewayFeature");
    }

    @Test
    void oneOfTakesOneMember() {
        String text = "{\"wirepas\": {\"set_scratchpad_target_and_action_req\": {\"header\": {\"req_id\": \"1\"},"
                + " \"target_and_action\": {\"action\": \"NO_OTAP\", \"delay\": \"ONE_DAY\", \"raw\": 3}}}}";
        assertError("gw-request/otap_set_target_scratchpad/gw1/sink0", text,
                "wirepas.set_scratchpad_target_and_action_req.target_and_action.raw", "one-of");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        assertError(sendData("\"sink_id\": \"sink0\"", BODY), "wirepas.send_packet_req.header.req_id",
                "a required field is missing");
    }

    @Test
    void kindMustMatchTheTopic() {
        assertError("gw-request/get_configs/gw1", sendData("\"req_id\": \"1\"", BODY), "wirepas.send_packet_req",
                "does not belong on this topic");
    }

    @Test
    void idsMustMatchTheTopic() {
        assertError(sendData("\"req_id\": \"1\", \"sink_id\": \"sink9\"", BODY),
                "wirepas.send_packet_req.header.sink_id",
                "contradicts the topic");
    }

    @Test
    void syntaxErrorGivesLineAndColumn() {
        assertError(TOPIC, "{\"wirepas\":\n {\"send_packet_req\": }}", "", "line 2, column 22");
    }

    @Test
    void unknownTopicIsRejectedBeforeTheJson() {
        assertError("gw-request/send_data/gw1", "not even json", "", "takes 4 levels");
    }

    @Test
    void prettyAndCompactJsonCarryTheSameDocument() throws Exception {
        byte[] payload = json.fromJson(TOPIC, sendData("\"req_id\": \"1\"", BODY));
        String pretty = json.toPrettyJson(TOPIC, payload);
        assertTrue(pretty.contains("\n  \"wirepas\": {"), pretty);
        assertEquals(json.toJson(TOPIC, payload), pretty.replaceAll("\\s+", ""));
    }

    /** A send_packet_req with the given header members and other members. */
    private static String sendData(String header, String body) {
        return "{\"wirepas\": {\"send_packet_req\": {\"header\": {" + header + "}, " + body + "}}}";
    }

    private void assertError(String text, String path, String detail) {
        assertError(TOPIC, text, path, detail);
    }

    private void assertError(String topic, String text, String path, String detail) {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> json.fromJson(topic, text));
        assertEquals(path, e.fieldPath(), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
        assertEquals(topic, e.topic());
    }
}
