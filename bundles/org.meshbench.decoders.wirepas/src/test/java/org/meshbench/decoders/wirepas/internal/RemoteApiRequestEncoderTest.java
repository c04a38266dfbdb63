package org.meshbench.decoders.wirepas.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.EncodeException;
import org.meshbench.decoders.PacketContext;
import org.meshbench.mesh.EndpointPair;

class RemoteApiRequestEncoderTest {

    private final RemoteApiRequestEncoder encoder = new RemoteApiRequestEncoder();

    @Test
    void scratchpadStatusQueryByName() throws EncodeException {
        assertArrayEquals(new byte[] {0x19, 0x00}, encoder.encode(Map.of("frame[0]/type", "scratchpad_status")));
    }

    @Test
    void concatenatedOtapUpdate() throws EncodeException {
        byte[] payload = encoder.encode(Map.of(
                "frame[0]/type", "cancel",
                "frame[1]/type", 0x01,
                "frame[2]/type", "scratchpad_update", "frame[2]/sequence", 42,
                "frame[3]/type", "end",
                "frame[4]/type", "update", "frame[4]/countdown", "0x1E"));

        assertEquals("0400" + "0100" + "1a012a" + "0300" + "05021e00", HexFormat.of().formatHex(payload));
    }

    @Test
    void decodedFieldsEncodeBackToTheSameBytes() throws Exception {
        byte[] original = HexFormat.of().parseHex("0004010203040c020a000d04030011226003" + "3c0002");
        DecodedPacket decoded = new RemoteApiRequestDecoder().decode(original,
                PacketContext.builder(EndpointPair.of(255, 240)).build());
        Map<String, Object> fields = new LinkedHashMap<>();
        decoded.fields().forEach(frame -> frame.children().forEach(f -> fields.put(frame.name() + "/" + f.name(), f.value())));

        assertArrayEquals(original, encoder.encode(fields));
    }

    @Test
    void badInputNamesTheField() {
        assertEquals("missing field frame[0]/countdown", message(Map.of("frame[0]/type", "update")));
        assertEquals("frame[0]/sequence must be in 0..255, not 256",
                message(Map.of("frame[0]/type", "scratchpad_update", "frame[0]/sequence", 256)));
        assertEquals("unknown field(s) frame[0]/sequnce",
                message(Map.of("frame[0]/type", "scratchpad_status", "frame[0]/sequnce", 1)));
        assertEquals("frame[0]/type: unknown request 'reboot'", message(Map.of("frame[0]/type", "reboot")));
        assertEquals("frame[0]/feature_lock_key must be 16 bytes, not 2",
                message(Map.of("frame[0]/type", "begin_with_lock", "frame[0]/feature_lock_key", "0102")));
        assertEquals("no frame[0]/type given", message(Map.of()));
    }

    private String message(Map<String, Object> fields) {
        return assertThrows(EncodeException.class, () -> encoder.encode(fields)).getMessage();
    }
}
