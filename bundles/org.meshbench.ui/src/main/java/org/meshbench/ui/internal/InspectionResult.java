package org.meshbench.ui.internal;

import org.meshbench.protocol.DecodeException;
import org.meshbench.protocol.PayloadJson;
import org.meshbench.protocol.value.Bytes;

/**
 * What the message inspector shows for a topic and pasted hex: a one-line summary and the message as canonical
 * protobuf JSON, or the reason it does not decode. Kept free of SWT so it is tested without a display.
 *
 * @param decoded whether the payload decoded
 * @param summary one line for the status label
 * @param json    the message as JSON, empty when it did not decode
 */
record InspectionResult(boolean decoded, String summary, String json) {

    private static final PayloadJson PAYLOAD_JSON = new PayloadJson();

    static InspectionResult of(String topic, String hex) {
        byte[] payload;
        try {
            payload = Bytes.fromHex(hex).toByteArray();
        } catch (IllegalArgumentException e) {
            return failed("Payload: " + e.getMessage());
        }
        try {
            String json = PAYLOAD_JSON.toPrettyJson(topic.strip(), payload);
            return new InspectionResult(true, "Decoded " + payload.length + " bytes on " + topic.strip(), json);
        } catch (DecodeException e) {
            return failed(e.getMessage());
        }
    }

    private static InspectionResult failed(String reason) {
        return new InspectionResult(false, reason, "");
    }
}
