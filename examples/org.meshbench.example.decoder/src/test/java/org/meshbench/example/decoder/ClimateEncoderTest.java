package org.meshbench.example.decoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.EncodeException;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.testing.TestVector;

class ClimateEncoderTest {

    private final ClimateEncoder encoder = new ClimateEncoder();

    @Test
    void encodesAReading() throws EncodeException {
        byte[] payload = encoder.encode(Map.of("temperature", 21.5, "humidity", 45.5, "co2", 612, "battery", 87));
        assertEquals("0100" + "6608" + "5b" + "6402" + "57", HexFormat.of().formatHex(payload));
    }

    @Test
    void flagsAndNegativeTemperature() throws EncodeException {
        byte[] payload = encoder.encode(Map.of("temperature", -5.25, "humidity", 80, "co2", 400, "battery", 9,
                "flags/heater_on", true, "flags/battery_low", true, "flags/co2_calibrating", false));
        assertEquals("0103" + "f3fd" + "a0" + "9001" + "09", HexFormat.of().formatHex(payload));
    }

    @Test
    void roundsToTheSensorResolution() throws EncodeException {
        byte[] payload = encoder.encode(Map.of("temperature", 21.504, "humidity", 45.3, "co2", 612, "battery", 87));
        assertEquals("0100" + "6608" + "5b" + "6402" + "57", HexFormat.of().formatHex(payload));
    }

    /** Every vector that decodes encodes back to its payload from the leaf fields of its decoding. */
    @Test
    void decodedVectorsEncodeBackToTheSamePayload() throws Exception {
        for (TestVector vector : ClimateVectorsTest.vectors().vectors()) {
            if (vector.error().isPresent()) {
                continue;
            }
            DecodedPacket decoded = new ClimateDecoder().decode(vector.payload(),
                    PacketContext.builder(vector.endpoints()).build());
            Map<String, Object> fields = new HashMap<>();
            collectLeaves("", decoded.fields(), fields);
            assertArrayEquals(vector.payload(), encoder.encode(fields), vector.name());
        }
    }

    private static void collectLeaves(String prefix, List<DecodedField> level, Map<String, Object> into) {
        for (DecodedField field : level) {
            if (field.children().isEmpty()) {
                into.put(prefix + field.name(), field.value());
            } else {
                collectLeaves(prefix + field.name() + "/", field.children(), into);
            }
        }
    }

    @Test
    void badInputNamesTheField() {
        Map<String, Object> reading = Map.of("temperature", 21.5, "humidity", 45.5, "co2", 612, "battery", 87);
        assertEquals("missing field co2", message(without(reading, "co2")));
        assertEquals("unknown field(s) flags/heater", message(with(reading, "flags/heater", true)));
        assertEquals("battery must be in 0..100, not 101", message(with(reading, "battery", 101)));
        assertEquals("temperature must be in -327.68..327.67, not 400", message(with(reading, "temperature", 400)));
        assertEquals("co2 must be a number, not 'high'", message(with(reading, "co2", "high")));
        assertEquals("flags/heater_on must be true or false, not '1'", message(with(reading, "flags/heater_on", 1)));
        assertEquals("version must be 1", message(with(reading, "version", 2)));
    }

    private String message(Map<String, Object> fields) {
        return assertThrows(EncodeException.class, () -> encoder.encode(fields)).getMessage();
    }

    private static Map<String, Object> with(Map<String, Object> fields, String path, Object value) {
        Map<String, Object> copy = new HashMap<>(fields);
        copy.put(path, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> fields, String path) {
        Map<String, Object> copy = new HashMap<>(fields);
        copy.remove(path);
        return copy;
    }
}
