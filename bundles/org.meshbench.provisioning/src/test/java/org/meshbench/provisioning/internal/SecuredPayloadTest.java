package org.meshbench.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.meshbench.provisioning.Vectors.bytes;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.InvalidMicException;
import org.meshbench.provisioning.MalformedFrameException;
import org.meshbench.provisioning.ProvisioningFrame;
import org.meshbench.provisioning.Vectors;

class SecuredPayloadTest {

    /** RFC 4493 §4: the AES-128 key of every example. */
    private static final byte[] RFC4493_KEY = bytes("2b7e151628aed2a6abf7158809cf4f3c");

    @Test
    void cmacMatchesRfc4493() {
        // Example 1: the empty message.
        assertArrayEquals(bytes("bb1d6929e95937287fa37d129b756746"), SecuredPayload.cmac(RFC4493_KEY, new byte[0]));
        // Example 2: one block.
        assertArrayEquals(bytes("070a16b46b4d4144f79bdd9dd04a287c"),
                SecuredPayload.cmac(RFC4493_KEY, bytes("6bc1bee22e409f96e93d7e117393172a")));
        // Example 3: 40 bytes, the last block padded.
        assertArrayEquals(bytes("dfa66747de9ae63030ca32611497c827"), SecuredPayload.cmac(RFC4493_KEY,
                bytes("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411")));
    }

    @Test
    void sealMatchesTheIndependentVector() {
        ProvisioningFrame.Data sealed = Vectors.FACTORY_KEY.seal(Vectors.HEADER, Vectors.COUNTER, Vectors.IV,
                Vectors.EXAMPLE_CBOR);
        assertArrayEquals(Vectors.SECURED_DATA, sealed.encode());
    }

    @Test
    void openVerifiesAndDecrypts() throws Exception {
        assertArrayEquals(Vectors.EXAMPLE_CBOR, Vectors.FACTORY_KEY.open(secured(Vectors.SECURED_DATA), Vectors.IV));
    }

    @Test
    void anyChangedByteFailsTheMic() throws Exception {
        for (int i = 1; i < Vectors.SECURED_DATA.length; i++) {
            byte[] changed = Vectors.SECURED_DATA.clone();
            changed[i] ^= 0x01;
            ProvisioningFrame.Data frame = secured(changed);
            // the key index byte (6) changes what is authenticated, like every other byte
            assertThrows(InvalidMicException.class, () -> Vectors.FACTORY_KEY.open(frame, Vectors.IV), "byte " + i);
        }
        Bytes otherIv = Bytes.of(new byte[16]);
        assertThrows(InvalidMicException.class,
                () -> Vectors.FACTORY_KEY.open(secured(Vectors.SECURED_DATA), otherIv));
        byte[] micOnly = Arrays.copyOf(Vectors.SECURED_DATA, 9 + 5);
        assertThrows(InvalidMicException.class, () -> Vectors.FACTORY_KEY.open(secured(micOnly), Vectors.IV));
    }

    @Test
    void counterBlocksWrapAt2To128AndCountLittleEndian() {
        // IV all FF plus counter 1 wraps to block 0; the next block is 1, written little-endian.
        byte[] zeros = new byte[32];
        byte[] stream = SecuredPayload.ctr(Vectors.FACTORY_KEY.value().toByteArray(), 1, bytes("ff".repeat(16)), zeros);
        // AES-ECB of the blocks 0 and 1 under 00..0F, from the Python cryptography package.
        assertArrayEquals(bytes("c6a13b37878f5b826f4f8162a1c8d879" + "e37cd363dd7c87a09aff0e3e60e09c82"), stream);
    }

    private static ProvisioningFrame.Data secured(byte[] frame) throws MalformedFrameException {
        return (ProvisioningFrame.Data) ProvisioningFrame.decode(frame);
    }
}
