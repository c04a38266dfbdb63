package org.meshbench.capture.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.zip.CRC32C;
import org.meshbench.capture.CapturedMessage;

/** The header and record layout of capture-format.md, version 1. Stateless. */
public final class RecordLayout {

    /** {@code MBCAP CR LF Ctrl-Z}. */
    public static final byte[] MAGIC = {0x4D, 0x42, 0x43, 0x41, 0x50, 0x0D, 0x0A, 0x1A};
    /** The format version this code writes and reads. */
    public static final int VERSION = 1;
    /** Magic, version, header flags. */
    public static final int HEADER_SIZE = 12;
    /** Receive time, flags, topic length. */
    public static final int FIXED_BODY_SIZE = 11;
    /** An MQTT packet's largest payload and topic, with room to spare. */
    public static final int MAX_BODY_SIZE = 268_500_000;

    private static final int QOS_BITS = 0x03;
    private static final int RETAIN_BIT = 0x04;
    private static final int DUP_BIT = 0x08;
    private static final int RESERVED_BITS = 0xF0;

    private RecordLayout() {
    }

    /** @return the 12 header bytes */
    public static byte[] header() {
        return ByteBuffer.allocate(HEADER_SIZE).put(MAGIC).putShort((short) VERSION).putShort((short) 0).array();
    }

    /**
     * @param message a message
     * @return length, body and CRC, ready to write
     */
    public static byte[] encode(CapturedMessage message) {
        byte[] topic = message.topic().getBytes(StandardCharsets.UTF_8);
        int bodySize = FIXED_BODY_SIZE + topic.length + message.payloadSize();
        ByteBuffer buffer = ByteBuffer.allocate(4 + bodySize + 4).putInt(bodySize)
                .putLong(ChronoUnit.MICROS.between(Instant.EPOCH, message.receivedAt()))
                .put((byte) (message.qos() | (message.retained() ? RETAIN_BIT : 0)
                        | (message.duplicate() ? DUP_BIT : 0)))
                .putShort((short) topic.length).put(topic).put(message.payload());
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), 4, bodySize);
        return buffer.putInt((int) crc.getValue()).array();
    }

    /**
     * @param body a record body whose CRC matched
     * @return the message
     * @throws IllegalArgumentException saying what is wrong with the body
     */
    public static CapturedMessage decode(byte[] body) {
        ByteBuffer buffer = ByteBuffer.wrap(body);
        long micros = buffer.getLong();
        int flags = buffer.get() & 0xFF;
        int topicLength = buffer.getShort() & 0xFFFF;
        if ((flags & RESERVED_BITS) != 0 || (flags & QOS_BITS) == QOS_BITS) {
            throw new IllegalArgumentException(String.format("invalid flags 0x%02x", flags));
        }
        if (topicLength > buffer.remaining()) {
            throw new IllegalArgumentException("topic length " + topicLength + " is past the record's end");
        }
        String topic = new String(body, FIXED_BODY_SIZE, topicLength, StandardCharsets.UTF_8);
        byte[] payload = new byte[buffer.remaining() - topicLength];
        buffer.position(FIXED_BODY_SIZE + topicLength).get(payload);
        Instant receivedAt = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
        return new CapturedMessage(receivedAt, topic, payload, flags & QOS_BITS, (flags & RETAIN_BIT) != 0,
                (flags & DUP_BIT) != 0);
    }

    /**
     * @param body a record body
     * @return its CRC-32C as the file stores it
     */
    public static int crc(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return (int) crc.getValue();
    }
}
