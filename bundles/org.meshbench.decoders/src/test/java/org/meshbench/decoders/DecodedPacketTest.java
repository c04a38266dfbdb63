package org.meshbench.decoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.meshbench.mesh.EndpointPair;

class DecodedPacketTest {

    private final DecodedPacket packet = DecodedPacket.builder("2 neighbors")
            .field(DecodedField.builder("neighbor[0]").span(0, 2)
                    .child(DecodedField.builder("rssi").value(-70.5).unit("dBm").span(1, 1).build()).build())
            .field(DecodedField.builder("version").value("5.4.0.120").build())
            .series("neighbor_count", 2, "")
            .build();

    @Test
    void findsFieldsByPath() {
        assertEquals(-70.5, packet.find("neighbor[0]/rssi").orElseThrow().value());
        assertEquals("rssi = -70.5 dBm", packet.find("neighbor[0]/rssi").orElseThrow().toString());
        assertTrue(packet.find("neighbor[1]/rssi").isEmpty());
        assertTrue(packet.find("neighbor[0]/rssi/deeper").isEmpty());
    }

    @Test
    void computedFieldHasNoSpan() {
        DecodedField version = packet.find("version").orElseThrow();

        assertFalse(version.hasSpan());
        assertEquals(DecodedField.NO_OFFSET, version.offset());
    }

    @Test
    void byteValuesAreCopiedAndShownInHex() {
        byte[] raw = {(byte) 0xAB, 0x01};
        DecodedField field = DecodedField.builder("raw").bytes(raw).build();
        raw[0] = 0;

        assertEquals("ab01", field.display());
        ((byte[]) field.value())[1] = 0;
        assertArrayEquals(new byte[] {(byte) 0xAB, 0x01}, (byte[]) field.value());
    }

    @Test
    void namesWithPathSeparatorsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DecodedField.builder("a/b"));
        assertThrows(IllegalArgumentException.class, () -> DecodedField.builder(" "));
    }

    @Test
    void seriesValuesMustBeFinite() {
        DecodedPacket.Builder builder = DecodedPacket.builder("x");

        assertThrows(IllegalArgumentException.class, () -> builder.series("v", Double.NaN, ""));
    }

    @Test
    void endpointsMustFitInOneByte() {
        assertThrows(IllegalArgumentException.class, () -> EndpointPair.of(256, 0));
        assertEquals("251\u2192255", EndpointPair.of(251, 255).toString());
    }
}
