package org.meshbench.decoders.wirepas.internal;

import java.util.Map;
import java.util.Optional;

/**
 * Frame types of the Wirepas Remote API (MSAP over endpoints 255/240). A response has the
 * request's type with bit 7 set; 0xF8..0xFF are error responses.
 */
final class RemoteApiTypes {

    static final int RESPONSE_BIT = 0x80;
    static final int SCRATCHPAD_STATUS_RESPONSE = 0x99;
    private static final int FIRST_ERROR = 0xF8;

    private static final Map<Integer, String> REQUESTS = Map.ofEntries(
            Map.entry(0x00, "ping"), Map.entry(0x01, "begin"), Map.entry(0x02, "begin_with_lock"),
            Map.entry(0x03, "end"), Map.entry(0x04, "cancel"), Map.entry(0x05, "update"),
            Map.entry(0x0B, "msap_attribute_write"), Map.entry(0x0C, "msap_attribute_read"),
            Map.entry(0x0D, "csap_attribute_write"), Map.entry(0x0E, "csap_attribute_read"),
            Map.entry(0x19, "scratchpad_status"), Map.entry(0x1A, "scratchpad_update"),
            Map.entry(0x4F, "queue_time_write"), Map.entry(0x50, "queue_time_read"),
            Map.entry(0x60, "diagnostic_control"));

    private static final Map<Integer, String> ERRORS = Map.of(
            0xF8, "access_denied", 0xF9, "write_only", 0xFA, "invalid_broadcast_request",
            0xFB, "invalid_begin", 0xFC, "out_of_space", 0xFD, "invalid_value",
            0xFE, "invalid_length", 0xFF, "unknown_request");

    private RemoteApiTypes() {
    }

    /** @return e.g. "scratchpad_status", "scratchpad_status response", "error: invalid_begin" */
    static String name(int type) {
        if (type >= FIRST_ERROR) {
            return "error: " + ERRORS.get(type);
        }
        String request = REQUESTS.get(type & ~RESPONSE_BIT);
        if (request == null) {
            return "unknown type 0x" + Integer.toHexString(type);
        }
        return (type & RESPONSE_BIT) == 0 ? request : request + " response";
    }

    /** @return the request type with that name */
    static Optional<Integer> requestType(String name) {
        return REQUESTS.entrySet().stream().filter(e -> e.getValue().equals(name))
                .map(Map.Entry::getKey).findFirst();
    }
}
