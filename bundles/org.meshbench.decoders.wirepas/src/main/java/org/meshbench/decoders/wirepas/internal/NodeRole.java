package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.List;

/** The Wirepas node role byte: base role in the low bits, flags in the high bits. */
final class NodeRole {

    private static final int BASE_MASK = 0x0F;
    private static final int LOW_LATENCY = 0x10;
    private static final int AUTOROLE = 0x80;

    private NodeRole() {
    }

    /**
     * @param role the role byte
     * @return e.g. "router, autorole"
     */
    static String describe(int role) {
        List<String> parts = new ArrayList<>();
        parts.add(switch (role & BASE_MASK) {
            case 1 -> "sink";
            case 2 -> "router";
            case 3 -> "non-router";
            default -> "role " + (role & BASE_MASK);
        });
        if ((role & LOW_LATENCY) != 0) {
            parts.add("low latency");
        }
        if ((role & AUTOROLE) != 0) {
            parts.add("autorole");
        }
        int unknownFlags = role & ~(BASE_MASK | LOW_LATENCY | AUTOROLE) & 0xFF;
        if (unknownFlags != 0) {
            parts.add("flags 0x" + Integer.toHexString(unknownFlags));
        }
        return String.join(", ", parts);
    }
}
