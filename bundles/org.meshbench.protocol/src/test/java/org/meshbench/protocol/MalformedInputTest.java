package org.meshbench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ResultCode;

/** One named case per kind of bad input; each must give a DecodeException naming topic and problem. */
class MalformedInputTest {

    private static final String GET_CONFIGS_TOPIC = "gw-request/get_configs/gw1";
    private static final String SEND_DATA_RESPONSE_TOPIC = "gw-response/send_data/gw1/sink0";

    /** A get_configs request with req_id 1, used where the payload itself is fine. */
    private static final byte[] VALID_GET_CONFIGS = {
        0x0a, 0x06,             // GenericMessage.wirepas, 6 bytes
        0x12, 0x04,             //   WirepasMessage.get_configs_req, 4 bytes
        0x0a, 0x02,             //     GetConfigsReq.header, 2 bytes
        0x08, 0x01,             //       RequestHeader.req_id = 1
    };

    /** Field number 0 does not exist in protobuf: not a GenericMessage. */
    private static final byte[] NOT_A_GENERIC_MESSAGE = {
        0x00,                   // tag with field number 0, wire type varint
    };

    /** The last varint has its continuation bit set but the bytes end. */
    private static final byte[] TRUNCATED_VARINT = {
        0x0a, 0x06,             // GenericMessage.wirepas, 6 bytes
        0x12, 0x04,             //   WirepasMessage.get_configs_req, 4 bytes
        0x0a, 0x02,             //     GetConfigsReq.header, 2 bytes
        0x08, (byte) 0xff,      //       RequestHeader.req_id, varint continues past the end
    };

    /** A send_data response whose header lacks the required gw_id. */
    private static final byte[] MISSING_REQUIRED_HEADER_FIELD = {
        0x0a, 0x08,             // GenericMessage.wirepas, 8 bytes
        0x3a, 0x06,             //   WirepasMessage.send_packet_resp (field 7), 6 bytes
        0x0a, 0x04,             //     SendPacketResp.header, 4 bytes
        0x08, 0x01,             //       ResponseHeader.req_id = 1
        0x20, 0x00,             //       ResponseHeader.res = OK; gw_id (field 2) is missing
    };

    /** A WirepasMessage with no payload field at all. */
    private static final byte[] EMPTY_WIREPAS_MESSAGE = {
        0x0a, 0x00,             // GenericMessage.wirepas, 0 bytes
    };

    /** Only a customer extension, no WirepasMessage. */
    private static final byte[] CUSTOMER_ONLY = {
        0x12, 0x05,             // GenericMessage.customer, 5 bytes
        0x0a, 0x03, 'a', 'c', 'm', //   CustomerMessage.customer_name = "acm"
    };

    /** Two payload fields set in one WirepasMessage. */
    private static final byte[] TWO_PAYLOADS = {
        0x0a, 0x0c,             // GenericMessage.wirepas, 12 bytes
        0x12, 0x04,             //   WirepasMessage.get_configs_req, 4 bytes
        0x0a, 0x02, 0x08, 0x01, //     header { req_id = 1 }
        0x7a, 0x04,             //   WirepasMessage.get_gateway_info_req (field 15), 4 bytes
        0x0a, 0x02, 0x08, 0x01, //     header { req_id = 1 }
    };

    /** A send_data response from gateway "gw1" for sink "sink0" whose result code is 99, unknown today. */
    private static final byte[] UNKNOWN_RESULT_CODE = {
        0x0a, 0x14,             // GenericMessage.wirepas, 20 bytes
        0x3a, 0x12,             //   WirepasMessage.send_packet_resp, 18 bytes
        0x0a, 0x10,             //     SendPacketResp.header, 16 bytes
        0x08, 0x01,             //       ResponseHeader.req_id = 1
        0x12, 0x03, 'g', 'w', '1', //    ResponseHeader.gw_id = "gw1"
        0x1a, 0x05, 's', 'i', 'n', 'k', '0', // ResponseHeader.sink_id = "sink0"
        0x20, 0x63,             //       ResponseHeader.res = 99
    };

    private final GatewayCodec codec = new GatewayCodec();

    @Test
    void emptyPayload() {
        assertProblem(DecodeProblem.EMPTY_PAYLOAD, GET_CONFIGS_TOPIC, new byte[0], null);
    }

    @Test
    void notAGenericMessage() {
        assertProblem(DecodeProblem.MALFORMED_PROTOBUF, GET_CONFIGS_TOPIC, NOT_A_GENERIC_MESSAGE, null);
    }

    @Test
    void truncatedVarint() {
        assertProblem(DecodeProblem.MALFORMED_PROTOBUF, GET_CONFIGS_TOPIC, TRUNCATED_VARINT, null);
    }

    @Test
    void missingRequiredHeaderField() {
        assertProblem(DecodeProblem.MISSING_REQUIRED_FIELD, SEND_DATA_RESPONSE_TOPIC, MISSING_REQUIRED_HEADER_FIELD,
                "wirepas.send_packet_resp.header.gw_id");
    }

    @Test
    void emptyWirepasMessage() {
        assertProblem(DecodeProblem.EMPTY_WIREPAS_MESSAGE, GET_CONFIGS_TOPIC, EMPTY_WIREPAS_MESSAGE, "wirepas");
    }

    @Test
    void customerMessageOnly() {
        DecodeException e = assertProblem(DecodeProblem.NO_WIREPAS_MESSAGE, GET_CONFIGS_TOPIC, CUSTOMER_ONLY,
                "wirepas");
        assertTrue(e.detail().contains("acm"), e.detail());
    }

    @Test
    void severalPayloads() {
        assertProblem(DecodeProblem.SEVERAL_PAYLOADS, GET_CONFIGS_TOPIC, TWO_PAYLOADS, "wirepas");
    }

    @Test
    void wrongKindForTopic() {
        DecodeException e = assertProblem(DecodeProblem.WRONG_KIND_FOR_TOPIC, "gw-request/get_gw_info/gw1",
                VALID_GET_CONFIGS, "wirepas.get_configs_req");
        assertTrue(e.getMessage().contains("get_gateway_info_req"), e.getMessage());
    }

    @Test
    void unknownTopic() {
        DecodeException e = assertProblem(DecodeProblem.UNKNOWN_TOPIC, "gw-request/reboot/gw1", VALID_GET_CONFIGS,
                null);
        assertTrue(e.detail().contains("reboot"), e.detail());
    }

    @Test
    void badIdInTopic() {
        DecodeException e = assertProblem(DecodeProblem.UNKNOWN_TOPIC, "gw-request/get_configs/gw+1",
                VALID_GET_CONFIGS, null);
        assertTrue(e.detail().contains("gateway id \"gw+1\""), e.detail());
    }

    @Test
    void gatewayIdOfHeaderDiffersFromTopic() {
        assertProblem(DecodeProblem.ID_MISMATCH, "gw-response/send_data/gw2/sink0", UNKNOWN_RESULT_CODE,
                "wirepas.send_packet_resp.header.gw_id");
    }

    @Test
    void sinkIdOfHeaderDiffersFromTopic() {
        assertProblem(DecodeProblem.ID_MISMATCH, "gw-response/send_data/gw1/sink1", UNKNOWN_RESULT_CODE,
                "wirepas.send_packet_resp.header.sink_id");
    }

    @Test
    void unknownResultCodeDecodesAsUnknownAndKeepsItsNumber() throws DecodeException {
        var response = (SendDataResponse) codec.decode(SEND_DATA_RESPONSE_TOPIC, UNKNOWN_RESULT_CODE).message();
        assertEquals(ResultCode.UNKNOWN, response.header().res());
        assertEquals(99, response.header().resWireValue());
        assertEquals(Bytes.of(UNKNOWN_RESULT_CODE).toHex(),
                Bytes.of(codec.encodePayload(response)).toHex());
    }

    private DecodeException assertProblem(DecodeProblem problem, String topic, byte[] payload, String fieldPath) {
        DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(topic, payload));
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(topic, e.topic());
        assertEquals(Optional.ofNullable(fieldPath), e.fieldPath());
        assertTrue(e.getMessage().contains(topic) && e.getMessage().contains(problem.description()), e.getMessage());
        return e;
    }
}
