package org.meshbench.decoders.wirepas.internal;

import static org.meshbench.decoders.wirepas.internal.BodyField.REST;
import static org.meshbench.decoders.wirepas.internal.BodyField.bytes;
import static org.meshbench.decoders.wirepas.internal.BodyField.u16;
import static org.meshbench.decoders.wirepas.internal.BodyField.u8;

import java.util.List;
import java.util.Map;

/** The body layout of each Remote API request and response type (except the scratchpad status). */
final class RemoteApiBodies {

    private static final BodyField ATTRIBUTE = u16("attribute", Conversion.HEX);
    private static final BodyField VALUE = bytes("value", REST);
    private static final BodyField REFERENCE = bytes("reference", REST);
    private static final BodyField COUNTDOWN = u16("countdown", Conversion.unit("s"));
    private static final BodyField SEQUENCE = u8("sequence");
    private static final BodyField PRIORITY = u8("priority");
    private static final BodyField QUEUE_TIME = u16("time", Conversion.PLAIN);
    private static final Map<Long, String> DIAGNOSTIC_CONTENT = Map.of(1L, "node", 2L, "neighbor", 3L, "scan",
            4L, "boot", 0xFFL, "disable all");

    static final Map<Integer, List<BodyField>> REQUESTS = Map.ofEntries(
            Map.entry(0x00, List.of(REFERENCE)),
            Map.entry(0x02, List.of(bytes("feature_lock_key", 16))),
            Map.entry(0x05, List.of(COUNTDOWN)),
            Map.entry(0x0B, List.of(ATTRIBUTE, VALUE)),
            Map.entry(0x0C, List.of(ATTRIBUTE)),
            Map.entry(0x0D, List.of(ATTRIBUTE, VALUE)),
            Map.entry(0x0E, List.of(ATTRIBUTE)),
            Map.entry(0x1A, List.of(SEQUENCE)),
            Map.entry(0x4F, List.of(PRIORITY, QUEUE_TIME)),
            Map.entry(0x50, List.of(PRIORITY)),
            Map.entry(0x60, List.of(u16("interval", Conversion.unit("s")),
                    new BodyField("content", 1, false, Conversion.named(DIAGNOSTIC_CONTENT)))));

    static final Map<Integer, List<BodyField>> RESPONSES = Map.of(
            0x80, List.of(REFERENCE),
            0x85, List.of(COUNTDOWN),
            0x8B, List.of(ATTRIBUTE),
            0x8C, List.of(ATTRIBUTE, VALUE),
            0x8D, List.of(ATTRIBUTE),
            0x8E, List.of(ATTRIBUTE, VALUE),
            0x9A, List.of(SEQUENCE),
            0xCF, List.of(PRIORITY, QUEUE_TIME),
            0xD0, List.of(PRIORITY, QUEUE_TIME));

    private RemoteApiBodies() {
    }

    static List<BodyField> request(int type) {
        return REQUESTS.getOrDefault(type, List.of());
    }

    static List<BodyField> response(int type) {
        return RESPONSES.getOrDefault(type, List.of());
    }
}
