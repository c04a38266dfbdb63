package org.meshbench.decoders.wirepas.internal;

import static org.meshbench.decoders.wirepas.internal.FieldSpec.u16;
import static org.meshbench.decoders.wirepas.internal.FieldSpec.u32;
import static org.meshbench.decoders.wirepas.internal.FieldSpec.u8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.PayloadReader;

/**
 * The body of a scratchpad status response (0x99), whose length gives its version: 24 bytes
 * (stored and processed scratchpad, firmware area, stack version), 39 bytes (adds the
 * application's scratchpad, area and version) or 47 bytes (adds the OTAP target and action).
 */
final class ScratchpadStatusBody {

    static final int V1 = 24;
    static final int V2 = 39;
    static final int V3 = 47;

    private static final Layout STORED = Layout.of(u32("stored_length").as(Conversion.unit("B")),
            u16("stored_crc").as(Conversion.HEX), u8("stored_sequence"),
            u8("stored_type").as(Conversion.named(Map.of(0L, "blank", 1L, "present", 2L, "process"))),
            u8("stored_status").as(Conversion.named(Map.of(0L, "success", 1L, "flash error", 2L, "invalid header",
                    3L, "invalid CRC", 4L, "authentication error", 5L, "decompression error", 6L, "no space",
                    7L, "invalid file header", 8L, "flash driver error", 255L, "new"))));

    private static final Layout STACK = Layout.of(u32("processed_length").as(Conversion.unit("B")),
            u16("processed_crc").as(Conversion.HEX), u8("processed_sequence"),
            u32("firmware_area_id").as(Conversion.HEX));

    private static final Layout APPLICATION = Layout.of(u32("app_processed_length").as(Conversion.unit("B")),
            u16("app_processed_crc").as(Conversion.HEX), u8("app_processed_sequence"),
            u32("app_area_id").as(Conversion.HEX));

    private static final Layout TARGET = Layout.of(
            u8("action").as(Conversion.named(Map.of(0L, "no OTAP", 1L, "propagate only",
                    2L, "propagate and process", 3L, "propagate and process with delay", 4L, "legacy"))),
            u8("target_sequence"), u16("target_crc").as(Conversion.HEX),
            u16("target_delay").as(Conversion.unit("min")), u16("remaining_delay").as(Conversion.unit("min")));

    private ScratchpadStatusBody() {
    }

    /**
     * @param in reader over the body alone
     * @param lengthOffset offset of the frame's length byte, for the error
     * @return the body fields
     * @throws DecodeException if the length is not one of the three versions
     */
    static List<DecodedField> decode(PayloadReader in, int lengthOffset) throws DecodeException {
        int length = in.remaining();
        if (length != V1 && length != V2 && length != V3) {
            throw new DecodeException(lengthOffset, "scratchpad status body must be " + V1 + ", " + V2
                    + " or " + V3 + " bytes, not " + length);
        }
        List<DecodedField> fields = new ArrayList<>(STORED.read(in));
        fields.addAll(STACK.read(in));
        fields.add(version(in, "stack_version"));
        if (length >= V2) {
            fields.addAll(APPLICATION.read(in));
            fields.add(version(in, "app_version"));
        }
        if (length == V3) {
            fields.addAll(TARGET.read(in));
        }
        return fields;
    }

    /** Four bytes, major first. */
    private static DecodedField version(PayloadReader in, String name) throws DecodeException {
        int offset = in.position();
        byte[] parts = in.bytes(4, name);
        return DecodedField.builder(name).value(Fields.version(parts[0] & 0xFF, parts[1] & 0xFF,
                parts[2] & 0xFF, parts[3] & 0xFF)).span(offset, 4).build();
    }
}
