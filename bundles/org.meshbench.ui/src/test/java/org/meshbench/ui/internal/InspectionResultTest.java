package org.meshbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InspectionResultTest {

    private static final String TOPIC = "gw-event/status/rpi-cafe42";
    /** GenericMessage{wirepas{status_event{header{gw_id "rpi-cafe42", event_id}, version 1, state OFF}}}. */
    private static final String OFFLINE_STATUS = "0a1f0a1d0a170a0a7270692d63616665343218b9bd8eb4d0fba9a4a60110011802";

    @Test
    void decodesPastedHexWithSpacesAndNewlines() {
        String pasted = OFFLINE_STATUS.replaceAll("(..)", "$1 ").replaceFirst(" ", "\n");
        InspectionResult result = InspectionResult.of(" " + TOPIC + " ", pasted);
        assertTrue(result.decoded(), result.summary());
        assertEquals("Decoded 33 bytes on " + TOPIC, result.summary());
        assertTrue(result.json().contains("\"state\": \"OFF\""), result.json());
    }

    @Test
    void invalidHexIsExplained() {
        InspectionResult result = InspectionResult.of(TOPIC, "0a1");
        assertFalse(result.decoded());
        assertTrue(result.summary().contains("odd number of digits"), result.summary());
        assertEquals("", result.json());
    }

    @Test
    void payloadThatIsNotAGenericMessageIsExplained() {
        InspectionResult result = InspectionResult.of(TOPIC, "ff");
        assertFalse(result.decoded());
        assertTrue(result.summary().contains(TOPIC), result.summary());
    }

    @Test
    void unknownTopicIsExplained() {
        InspectionResult result = InspectionResult.of("no/such/topic", OFFLINE_STATUS);
        assertFalse(result.decoded());
        assertTrue(result.summary().contains("no/such/topic"), result.summary());
    }
}
