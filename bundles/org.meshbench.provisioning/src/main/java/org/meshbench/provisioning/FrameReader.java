package org.meshbench.provisioning;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.MalformedFrameException.Problem;

/** Reads and writes the parts frames share. */
final class FrameReader {

    private static final int HEADER_LENGTH = 1 + FrameHeader.NODE_ADDRESS_LENGTH + 1;
    private static final int START_MIN_LENGTH = HEADER_LENGTH + 1 + ProvisioningFrame.IV_LENGTH + 1;
    private static final int DATA_MIN_LENGTH = HEADER_LENGTH + 1 + 2 + 1;
    private static final int NACK_LENGTH = HEADER_LENGTH + 1;

    private FrameReader() {
    }

    static ProvisioningFrame read(byte[] payload) throws MalformedFrameException {
        require(payload, HEADER_LENGTH, "header");
        FrameHeader header = new FrameHeader(Bytes.of(Arrays.copyOfRange(payload, 1, 5)), payload[5] & 0xFF);
        int type = payload[0] & 0xFF;
        return switch (type) {
            case ProvisioningFrame.START -> {
                require(payload, START_MIN_LENGTH, "START");
                yield new ProvisioningFrame.Start(header, payload[6] & 0xFF,
                        Bytes.of(Arrays.copyOfRange(payload, 7, 7 + ProvisioningFrame.IV_LENGTH)),
                        Bytes.of(Arrays.copyOfRange(payload, 7 + ProvisioningFrame.IV_LENGTH, payload.length)));
            }
            case ProvisioningFrame.DATA -> {
                require(payload, DATA_MIN_LENGTH, "DATA");
                yield new ProvisioningFrame.Data(header, payload[6] & 0xFF, (payload[7] & 0xFF) | (payload[8] & 0xFF) << 8,
                        Bytes.of(Arrays.copyOfRange(payload, 9, payload.length)));
            }
            case ProvisioningFrame.DATA_ACK -> {
                exact(payload, HEADER_LENGTH, "DATA_ACK");
                yield new ProvisioningFrame.DataAck(header);
            }
            case ProvisioningFrame.NACK -> {
                exact(payload, NACK_LENGTH, "NACK");
                int code = payload[6] & 0xFF;
                yield new ProvisioningFrame.Nack(header, NackReason.of(code).orElseThrow(
                        () -> new MalformedFrameException(Problem.UNKNOWN_REASON, "NACK reason " + code + " is unknown")));
            }
            default -> throw new MalformedFrameException(Problem.UNKNOWN_TYPE, "frame type " + type + " is unknown");
        };
    }

    static ByteArrayOutputStream head(int type, FrameHeader header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(type);
        out.writeBytes(header.nodeAddress().toByteArray());
        out.write(header.sessionId());
        return out;
    }

    /** DATA as the secured method authenticates it: key index and counter, then the plaintext instead of the body. */
    static byte[] dataWithout(FrameHeader header, int keyIndex, int counter, byte[] body) {
        ByteArrayOutputStream out = head(ProvisioningFrame.DATA, header);
        out.write(keyIndex);
        out.write(counter & 0xFF);
        out.write(counter >>> 8 & 0xFF);
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static void require(byte[] payload, int length, String what) throws MalformedFrameException {
        if (payload.length < length) {
            throw new MalformedFrameException(Problem.TRUNCATED,
                    what + " needs at least " + length + " bytes, got " + payload.length);
        }
    }

    private static void exact(byte[] payload, int length, String what) throws MalformedFrameException {
        if (payload.length > length) {
            throw new MalformedFrameException(Problem.TRAILING_BYTES,
                    what + " has " + (payload.length - length) + " bytes after its end");
        }
    }
}
