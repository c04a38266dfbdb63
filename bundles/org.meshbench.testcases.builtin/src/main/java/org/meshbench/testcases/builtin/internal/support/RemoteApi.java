package org.meshbench.testcases.builtin.internal.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Remote API (MSAP) frames: requests travel 255→240, responses 240→255. An APDU holds frames of
 * type, length and body one after another; a response's type is the request's with bit 7 set.
 */
public final class RemoteApi {

    /** Source endpoint of requests and destination endpoint of responses. */
    public static final int BACKEND_ENDPOINT = 255;
    /** Destination endpoint of requests and source endpoint of responses. */
    public static final int NODE_ENDPOINT = 240;
    /** Request type of a ping. */
    public static final int PING = 0x00;
    /** A response's type is its request's with this bit set. */
    public static final int RESPONSE_BIT = 0x80;
    /** The longest ping reference a node echoes. */
    public static final int MAX_PING_REFERENCE = 16;

    private RemoteApi() {
    }

    /**
     * One frame.
     *
     * @param type the frame type
     * @param body the body (a copy)
     */
    public record Frame(int type, byte[] body) {
    }

    /**
     * @param reference 1 to 16 bytes that the node echoes
     * @return a ping request APDU
     */
    public static byte[] ping(byte[] reference) {
        if (reference.length < 1 || reference.length > MAX_PING_REFERENCE) {
            throw new IllegalArgumentException("a ping reference has 1 to 16 bytes");
        }
        byte[] apdu = new byte[2 + reference.length];
        apdu[0] = PING;
        apdu[1] = (byte) reference.length;
        System.arraycopy(reference, 0, apdu, 2, reference.length);
        return apdu;
    }

    /**
     * @param apdu a Remote API APDU
     * @return its frames; a truncated last frame is left out
     */
    public static List<Frame> frames(byte[] apdu) {
        List<Frame> frames = new ArrayList<>();
        int position = 0;
        while (position + 2 <= apdu.length) {
            int length = apdu[position + 1] & 0xFF;
            int bodyStart = position + 2;
            if (bodyStart + length > apdu.length) {
                break;
            }
            frames.add(new Frame(apdu[position] & 0xFF, Arrays.copyOfRange(apdu, bodyStart, bodyStart + length)));
            position = bodyStart + length;
        }
        return frames;
    }

    /**
     * @param apdu a response APDU
     * @param reference the reference of a ping this client sent
     * @return whether the APDU answers that ping
     */
    public static boolean answersPing(byte[] apdu, byte[] reference) {
        return frames(apdu).stream().anyMatch(frame -> frame.type() == (PING | RESPONSE_BIT)
                && Arrays.equals(frame.body(), reference));
    }
}
