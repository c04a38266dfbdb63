package org.meshbench.mesh.remoteapi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Endpoints and frame types of the Wirepas Remote API (MSAP). A response has its request's type
 * with {@link #RESPONSE_BIT} set; 0xF8..0xFF are error responses. Stateless.
 *
 * @since 0.1
 */
public final class RemoteApi {

    /** Source endpoint of requests and destination endpoint of responses. */
    public static final int BACKEND_ENDPOINT = 255;
    /** Destination endpoint of requests and source endpoint of responses. */
    public static final int NODE_ENDPOINT = 240;
    /** Request type of a ping, which the node answers with the same body. */
    public static final int PING = 0x00;
    /** Request type of a scratchpad status query. */
    public static final int SCRATCHPAD_STATUS = 0x19;
    /** A response's type is its request's with this bit set. */
    public static final int RESPONSE_BIT = 0x80;
    /** The longest ping reference a node echoes. */
    public static final int MAX_PING_REFERENCE = 16;

    private static final int FIRST_ERROR = 0xF8;

    private static final Map<Integer, String> REQUESTS = Map.ofEntries(
            Map.entry(PING, "ping"), Map.entry(0x01, "begin"), Map.entry(0x02, "begin_with_lock"),
            Map.entry(0x03, "end"), Map.entry(0x04, "cancel"), Map.entry(0x05, "update"),
            Map.entry(0x0B, "msap_attribute_write"), Map.entry(0x0C, "msap_attribute_read"),
            Map.entry(0x0D, "csap_attribute_write"), Map.entry(0x0E, "csap_attribute_read"),
            Map.entry(SCRATCHPAD_STATUS, "scratchpad_status"), Map.entry(0x1A, "scratchpad_update"),
            Map.entry(0x4F, "queue_time_write"), Map.entry(0x50, "queue_time_read"),
            Map.entry(0x60, "diagnostic_control"));

    private static final Map<Integer, String> ERRORS = Map.of(
            0xF8, "access_denied", 0xF9, "write_only", 0xFA, "invalid_broadcast_request",
            0xFB, "invalid_begin", 0xFC, "out_of_space", 0xFD, "invalid_value",
            0xFE, "invalid_length", 0xFF, "unknown_request");

    private RemoteApi() {
    }

    /**
     * @param type a frame type
     * @return e.g. "scratchpad_status", "scratchpad_status response", "error: invalid_begin"
     */
    public static String typeName(int type) {
        if (type >= FIRST_ERROR) {
            return "error: " + ERRORS.get(type);
        }
        String request = REQUESTS.get(type & ~RESPONSE_BIT);
        if (request == null) {
            return "unknown type 0x" + Integer.toHexString(type);
        }
        return (type & RESPONSE_BIT) == 0 ? request : request + " response";
    }

    /**
     * @param name a request name as {@link #typeName} gives it, e.g. "scratchpad_status"
     * @return the request type with that name, or empty
     */
    public static OptionalInt requestType(String name) {
        return REQUESTS.entrySet().stream().filter(e -> e.getValue().equals(name))
                .mapToInt(Map.Entry::getKey).findFirst();
    }

    /**
     * @param reference 1 to {@value #MAX_PING_REFERENCE} bytes that the node echoes
     * @return a ping request packet
     * @throws IllegalArgumentException if the reference is empty or too long
     */
    public static byte[] ping(byte[] reference) {
        if (reference.length < 1 || reference.length > MAX_PING_REFERENCE) {
            throw new IllegalArgumentException("a ping reference has 1 to " + MAX_PING_REFERENCE + " bytes");
        }
        return RemoteApiFrame.join(List.of(new RemoteApiFrame(PING, reference)));
    }

    /**
     * @param packet a response packet
     * @param reference the reference of a ping
     * @return whether the packet answers that ping
     */
    public static boolean answersPing(byte[] packet, byte[] reference) {
        return RemoteApiFrame.split(packet).stream().anyMatch(frame -> frame.type() == (PING | RESPONSE_BIT)
                && Arrays.equals(frame.body(), reference));
    }
}
