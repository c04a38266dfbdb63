package org.meshbench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionRequest;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ScratchpadAction;

/** Enum numbers from a newer gateway decode to fallback constants and never fail decoding. */
class UnknownEnumValuesTest {

    /** Status of gateway "gw1" with state 9 and features VIRTUAL_NODE_V1 and 42; the last two are unknown. */
    private static final byte[] STATUS_WITH_UNKNOWN_STATE_AND_FEATURE = {
        0x0a, 0x13,             // GenericMessage.wirepas, 19 bytes
        0x0a, 0x11,             //   WirepasMessage.status_event, 17 bytes
        0x0a, 0x07,             //     StatusEvent.header, 7 bytes
        0x0a, 0x03, 'g', 'w', '1', //    EventHeader.gw_id = "gw1"
        0x18, 0x05,             //       EventHeader.event_id = 5
        0x10, 0x01,             //     StatusEvent.version = 1
        0x18, 0x09,             //     StatusEvent.state = 9 (unknown)
        0x40, 0x04,             //     StatusEvent.gw_features += 4 (VIRTUAL_NODE_V1)
        0x40, 0x2a,             //     StatusEvent.gw_features += 42 (unknown)
    };

    /** Target-and-action request with action 9 and delay 12, both unknown. */
    private static final byte[] TARGET_WITH_UNKNOWN_ACTION_AND_DELAY = {
        0x0a, 0x0d,             // GenericMessage.wirepas, 13 bytes
        (byte) 0x8a, 0x01, 0x0a, //  WirepasMessage.set_scratchpad_target_and_action_req (field 17), 10 bytes
        0x0a, 0x02,             //     SetScratchpadTargetAndActionReq.header, 2 bytes
        0x08, 0x01,             //       RequestHeader.req_id = 1
        0x12, 0x04,             //     SetScratchpadTargetAndActionReq.target_and_action, 4 bytes
        0x08, 0x09,             //       TargetScratchpadAndAction.action = 9 (unknown)
        0x20, 0x0c,             //       TargetScratchpadAndAction.delay = 12 (unknown)
    };

    private final GatewayCodec codec = new GatewayCodec();

    @Test
    void unknownStateAndFeatureDecodeAsUnknown() throws DecodeException {
        StatusEvent status = (StatusEvent) codec.decode("gw-event/status/gw1", STATUS_WITH_UNKNOWN_STATE_AND_FEATURE)
                .message();
        assertEquals(OnOffState.UNKNOWN, status.state());
        assertEquals(List.of(GatewayFeature.VIRTUAL_NODE_V1, GatewayFeature.UNKNOWN), status.gwFeatures());
    }

    @Test
    void unknownActionAndDelayDecodeAsTheApiUnknownValues() throws DecodeException {
        var request = (SetScratchpadTargetAndActionRequest) codec.decode(
                "gw-request/otap_set_target_scratchpad/gw1/sink0", TARGET_WITH_UNKNOWN_ACTION_AND_DELAY).message();
        assertEquals(ScratchpadAction.UNKNOWN_ACTION, request.targetAndAction().action());
        assertEquals(Optional.of(new ActionParameter.Delay(ProcessingDelay.UNKNOWN_DELAY)),
                request.targetAndAction().param());
    }

    @Test
    void unknownConstantWithoutNumberIsRejectedOnEncode() throws DecodeException {
        StatusEvent status = (StatusEvent) codec.decode("gw-event/status/gw1", STATUS_WITH_UNKNOWN_STATE_AND_FEATURE)
                .message();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.encodePayload(status));
        assertTrue(e.getMessage().contains("state"), e.getMessage());
    }

    @Test
    void jsonLeavesUnknownNumbersOutLikeTheOfficialCodec() throws DecodeException {
        String json = new PayloadJson().toJson("gw-event/status/gw1", STATUS_WITH_UNKNOWN_STATE_AND_FEATURE);
        assertEquals("{\"wirepas\":{\"status_event\":{\"header\":{\"gw_id\":\"gw1\",\"event_id\":\"5\"},"
                + "\"version\":1,\"gw_features\":[\"VIRTUAL_NODE_V1\"]}}}", json);
    }
}
