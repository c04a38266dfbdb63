package org.meshbench.mesh.remoteapi;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One Remote API frame: type, length and body. A packet holds frames one after another: several
 * requests, or the responses to them. Immutable; the body is copied in and out.
 *
 * @param type the frame type, 0..255
 * @param body the body, at most 255 bytes
 * @since 0.1
 */
public record RemoteApiFrame(int type, byte[] body) {

    /** Bytes before the body: type and length. */
    public static final int HEADER_SIZE = 2;
    private static final int MAX_BYTE = 0xFF;

    /** Checks the ranges and copies the body. */
    public RemoteApiFrame {
        if (type < 0 || type > MAX_BYTE) {
            throw new IllegalArgumentException("a frame type is 0..255, not " + type);
        }
        if (body.length > MAX_BYTE) {
            throw new IllegalArgumentException("a frame body holds at most 255 bytes, not " + body.length);
        }
        body = body.clone();
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** @return the bytes the frame takes in a packet */
    public int size() {
        return HEADER_SIZE + body.length;
    }

    /**
     * @param packet a Remote API packet
     * @return its whole frames in order; a truncated last frame is left out, so the sizes of the
     *         frames sum to less than the packet's length
     */
    public static List<RemoteApiFrame> split(byte[] packet) {
        List<RemoteApiFrame> frames = new ArrayList<>();
        int position = 0;
        while (position + HEADER_SIZE <= packet.length) {
            int bodyStart = position + HEADER_SIZE;
            int bodyEnd = bodyStart + (packet[position + 1] & MAX_BYTE);
            if (bodyEnd > packet.length) {
                break;
            }
            byte[] body = Arrays.copyOfRange(packet, bodyStart, bodyEnd);
            frames.add(new RemoteApiFrame(packet[position] & MAX_BYTE, body));
            position = bodyEnd;
        }
        return frames;
    }

    /**
     * @param frames frames in order
     * @return the packet that holds them
     */
    public static byte[] join(List<RemoteApiFrame> frames) {
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        frames.forEach(frame -> {
            packet.write(frame.type);
            packet.write(frame.body.length);
            packet.writeBytes(frame.body);
        });
        return packet.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RemoteApiFrame frame && type == frame.type && Arrays.equals(body, frame.body);
    }

    @Override
    public int hashCode() {
        return 31 * type + Arrays.hashCode(body);
    }

    /** @return e.g. {@code 0x80[0102]} */
    @Override
    public String toString() {
        return String.format("0x%02X[%s]", type, HexFormat.of().formatHex(body));
    }
}
