package org.meshbench.provisioning;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import org.meshbench.protocol.value.Bytes;

/**
 * One provisioning frame: a type byte, the {@link FrameHeader} (node address, session id) and a body
 * per type. Nodes send START, DATA_ACK and NACK on 246→255; the server sends DATA and NACK on 255→246.
 * Multi-byte numbers are little-endian. Immutable.
 */
public sealed interface ProvisioningFrame {

    /** Type byte of START. */
    int START = 1;
    /** Type byte of DATA. */
    int DATA = 2;
    /** Type byte of DATA_ACK. */
    int DATA_ACK = 3;
    /** Type byte of NACK. */
    int NACK = 4;
    /** Bytes of the START initialisation vector. */
    int IV_LENGTH = 16;
    /** Nodes' endpoint: they send from it, the server sends to it. */
    int NODE_ENDPOINT = 246;
    /** The server's endpoint. */
    int SERVER_ENDPOINT = 255;

    /** @return node address and session id */
    FrameHeader header();

    /** @return the frame's bytes */
    byte[] encode();

    /**
     * @param payload the bytes received on the provisioning endpoints
     * @return the frame they hold
     * @throws MalformedFrameException if they hold none
     */
    static ProvisioningFrame decode(byte[] payload) throws MalformedFrameException {
        return FrameReader.read(payload);
    }

    /**
     * A node asks to be provisioned.
     *
     * @param header node address and session id
     * @param methodCode the method byte as sent, which may name no {@link ProvisioningMethod}
     * @param iv the 16-byte initialisation vector of the secured method's counter blocks
     * @param uid the node's unique id, at least one byte
     */
    record Start(FrameHeader header, int methodCode, Bytes iv, Bytes uid) implements ProvisioningFrame {

        /** Checks the sizes. */
        public Start {
            Objects.requireNonNull(header, "header");
            if (iv.size() != IV_LENGTH || uid.isEmpty() || methodCode < 0 || methodCode > 0xFF) {
                throw new IllegalArgumentException("START needs a method byte, a 16-byte IV and a UID");
            }
        }

        @Override
        public byte[] encode() {
            ByteArrayOutputStream out = FrameReader.head(START, header);
            out.write(methodCode);
            out.writeBytes(iv.toByteArray());
            out.writeBytes(uid.toByteArray());
            return out.toByteArray();
        }
    }

    /**
     * The server's provisioning data.
     *
     * @param header node address and session id
     * @param keyIndex 0 for the unsecured method, 1 for the factory key
     * @param counter the 16-bit counter of the secured method's counter blocks
     * @param body the CBOR map (unsecured), or the map and its MIC encrypted (secured)
     */
    record Data(FrameHeader header, int keyIndex, int counter, Bytes body) implements ProvisioningFrame {

        /** Checks the ranges. */
        public Data {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(body, "body");
            if (keyIndex < 0 || keyIndex > 0xFF || counter < 0 || counter > 0xFFFF) {
                throw new IllegalArgumentException("key index must be a byte and counter 16 bits");
            }
        }

        @Override
        public byte[] encode() {
            return FrameReader.dataWithout(header, keyIndex, counter, body.toByteArray());
        }
    }

    /**
     * The node stored the data and will join its network.
     *
     * @param header node address and session id
     */
    record DataAck(FrameHeader header) implements ProvisioningFrame {

        /** Checks for null. */
        public DataAck {
            Objects.requireNonNull(header, "header");
        }

        @Override
        public byte[] encode() {
            return FrameReader.head(DATA_ACK, header).toByteArray();
        }
    }

    /**
     * A refusal.
     *
     * @param header node address and session id
     * @param reason why
     */
    record Nack(FrameHeader header, NackReason reason) implements ProvisioningFrame {

        /** Checks for nulls. */
        public Nack {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public byte[] encode() {
            ByteArrayOutputStream out = FrameReader.head(NACK, header);
            out.write(reason.code());
            return out.toByteArray();
        }
    }
}
