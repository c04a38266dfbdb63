package org.meshbench.provisioning;

import java.util.Objects;
import java.util.Optional;
import org.meshbench.protocol.value.Bytes;

/**
 * The node side of one session: sends START, checks the server's DATA (key index, MIC, CBOR) and
 * answers DATA_ACK or NACK. Frames of other sessions are ignored. Not thread-safe.
 */
public final class ProvisioningNode {

    private final Bytes uid;
    private final ProvisioningMethod method;
    private final Optional<FactoryKey> factoryKey;
    private final FrameHeader header;
    private final Bytes iv;

    /**
     * @param uid the node's UID
     * @param method the method it asks for
     * @param factoryKey its factory key, needed for the secured method
     * @param header its address and the session id it chose
     * @param iv the 16-byte IV it chose
     */
    public ProvisioningNode(Bytes uid, ProvisioningMethod method, Optional<FactoryKey> factoryKey, FrameHeader header,
            Bytes iv) {
        if (method == ProvisioningMethod.SECURED && factoryKey.isEmpty()) {
            throw new IllegalArgumentException("the secured method needs the factory key");
        }
        this.uid = Objects.requireNonNull(uid, "uid");
        this.method = method;
        this.factoryKey = factoryKey;
        this.header = Objects.requireNonNull(header, "header");
        this.iv = Objects.requireNonNull(iv, "iv");
    }

    /** @return the START to send (again, until answered) */
    public ProvisioningFrame.Start start() {
        return new ProvisioningFrame.Start(header, method.code(), iv, uid);
    }

    /**
     * @param frame a frame the server sent on 255→246
     * @return the answer and what the session came to
     */
    public Step receive(ProvisioningFrame frame) {
        if (!frame.header().equals(header)) {
            return Step.NOTHING;
        }
        return switch (frame) {
            case ProvisioningFrame.Nack nack -> new Step(Optional.empty(), Optional.empty(), Optional.of(nack.reason()));
            case ProvisioningFrame.Data data -> data(data);
            default -> Step.NOTHING;
        };
    }

    private Step data(ProvisioningFrame.Data data) {
        if (data.keyIndex() != method.code()) {
            return refuse(NackReason.INVALID_KEY);
        }
        byte[] plaintext;
        try {
            plaintext = method == ProvisioningMethod.SECURED ? factoryKey.orElseThrow().open(data, iv)
                    : data.body().toByteArray();
        } catch (InvalidMicException e) {
            return refuse(NackReason.INVALID_KEY);
        }
        ProvisioningData provisioned;
        try {
            // A repeated DATA (the server resends when an ACK is lost) is acknowledged again.
            provisioned = ProvisioningData.fromCbor(plaintext);
        } catch (IllegalArgumentException e) {
            return refuse(NackReason.INVALID_DATA);
        }
        return new Step(Optional.of(new ProvisioningFrame.DataAck(header)), Optional.of(provisioned), Optional.empty());
    }

    private Step refuse(NackReason reason) {
        return new Step(Optional.of(new ProvisioningFrame.Nack(header, reason)), Optional.empty(), Optional.empty());
    }

    /**
     * What a node does with a frame.
     *
     * @param reply the frame to send back, if any
     * @param provisioned the data the node accepted, if it did
     * @param refused the server's reason, if it refused the node
     */
    public record Step(Optional<ProvisioningFrame> reply, Optional<ProvisioningData> provisioned,
            Optional<NackReason> refused) {

        /** Nothing to send, nothing learnt. */
        public static final Step NOTHING = new Step(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
