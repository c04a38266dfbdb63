package org.meshbench.provisioning;

import java.util.Objects;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.internal.SecuredPayload;

/**
 * A node's 32-byte factory key: bytes 0–15 are the AES-CMAC key of the MIC, bytes 16–31 the AES-CTR
 * key of the encryption. Immutable.
 *
 * @param value the 32 bytes
 */
public record FactoryKey(Bytes value) {

    /** Bytes of a factory key. */
    public static final int LENGTH = 32;
    /** Bytes of the MIC: the first ones of the CMAC. */
    public static final int MIC_LENGTH = 5;

    /** Checks the size. */
    public FactoryKey {
        Objects.requireNonNull(value, "value");
        if (value.size() != LENGTH) {
            throw new IllegalArgumentException("a factory key is " + LENGTH + " bytes, got " + value.size());
        }
    }

    /**
     * Builds the secured DATA frame: the MIC over the frame as it would be with the plaintext and no
     * MIC, then plaintext and MIC encrypted.
     *
     * @param header node address and session id
     * @param counter the 16-bit counter
     * @param iv the IV of the node's START
     * @param plaintext the CBOR map
     * @return DATA with key index 1
     */
    public ProvisioningFrame.Data seal(FrameHeader header, int counter, Bytes iv, byte[] plaintext) {
        return new ProvisioningFrame.Data(header, ProvisioningMethod.SECURED.code(), counter,
                Bytes.of(SecuredPayload.seal(value.toByteArray(), header, counter, iv.toByteArray(), plaintext)));
    }

    /**
     * @param frame a secured DATA frame
     * @param iv the IV of the node's START
     * @return the plaintext
     * @throws InvalidMicException if the MIC does not verify
     */
    public byte[] open(ProvisioningFrame.Data frame, Bytes iv) throws InvalidMicException {
        return SecuredPayload.open(value.toByteArray(), frame, iv.toByteArray());
    }

    @Override
    public String toString() {
        return "FactoryKey[32 bytes]";
    }
}
