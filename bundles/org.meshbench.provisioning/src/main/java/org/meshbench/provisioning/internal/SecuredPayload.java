package org.meshbench.provisioning.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.FactoryKey;
import org.meshbench.provisioning.FrameHeader;
import org.meshbench.provisioning.InvalidMicException;
import org.meshbench.provisioning.ProvisioningFrame;
import org.meshbench.provisioning.ProvisioningMethod;

/**
 * The secured method: AES-CMAC (Bouncy Castle) with the factory key's first half over the DATA frame
 * as it would be with the plaintext, its first 5 bytes as MIC; plaintext and MIC encrypted with
 * AES-CTR under the second half. The counter blocks are little-endian 128-bit numbers starting at
 * counter + IV, which the JDK's CTR mode (big-endian) cannot count, so the key stream is AES-ECB
 * (JDK) of those blocks.
 */
public final class SecuredPayload {

    private static final int KEY_HALF = 16;
    private static final int BLOCK = 16;
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(128);

    private SecuredPayload() {
    }

    /**
     * @param factoryKey the 32-byte key
     * @param header node address and session id
     * @param counter the 16-bit counter
     * @param iv the START's IV
     * @param plaintext the CBOR map
     * @return plaintext and MIC, encrypted
     */
    public static byte[] seal(byte[] factoryKey, FrameHeader header, int counter, byte[] iv, byte[] plaintext) {
        byte[] mic = mic(factoryKey, header, ProvisioningMethod.SECURED.code(), counter, plaintext);
        byte[] both = Arrays.copyOf(plaintext, plaintext.length + mic.length);
        System.arraycopy(mic, 0, both, plaintext.length, mic.length);
        return ctr(factoryKey, counter, iv, both);
    }

    /**
     * @param factoryKey the 32-byte key
     * @param frame secured DATA
     * @param iv the START's IV
     * @return the plaintext
     * @throws InvalidMicException if the frame is too short for a MIC or the MIC does not verify
     */
    public static byte[] open(byte[] factoryKey, ProvisioningFrame.Data frame, byte[] iv) throws InvalidMicException {
        byte[] both = ctr(factoryKey, frame.counter(), iv, frame.body().toByteArray());
        if (both.length <= FactoryKey.MIC_LENGTH) {
            throw new InvalidMicException("secured DATA of " + both.length + " bytes has no room for data and MIC");
        }
        byte[] plaintext = Arrays.copyOf(both, both.length - FactoryKey.MIC_LENGTH);
        byte[] mic = Arrays.copyOfRange(both, plaintext.length, both.length);
        if (!MessageDigest.isEqual(mic, mic(factoryKey, frame.header(), frame.keyIndex(), frame.counter(), plaintext))) {
            throw new InvalidMicException("the MIC of DATA does not verify");
        }
        return plaintext;
    }

    /**
     * @param key the CMAC key
     * @param message the message
     * @return the 16-byte AES-CMAC (RFC 4493)
     */
    public static byte[] cmac(byte[] key, byte[] message) {
        CMac mac = new CMac(AESEngine.newInstance());
        mac.init(new KeyParameter(key));
        mac.update(message, 0, message.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    private static byte[] mic(byte[] factoryKey, FrameHeader header, int keyIndex, int counter, byte[] plaintext) {
        byte[] authenticated = new ProvisioningFrame.Data(header, keyIndex, counter, Bytes.of(plaintext)).encode();
        return Arrays.copyOf(cmac(Arrays.copyOf(factoryKey, KEY_HALF), authenticated), FactoryKey.MIC_LENGTH);
    }

    /**
     * @param factoryKey the 32-byte key; its second half encrypts
     * @param counter the 16-bit counter
     * @param iv the 16-byte IV
     * @param input plaintext or ciphertext
     * @return {@code input} XOR the key stream
     */
    static byte[] ctr(byte[] factoryKey, int counter, byte[] iv, byte[] input) {
        try {
            Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(factoryKey, KEY_HALF, KEY_HALF, "AES"));
            BigInteger block = BigInteger.valueOf(counter).add(littleEndian(iv)).mod(MODULUS);
            byte[] out = new byte[input.length];
            for (int offset = 0; offset < input.length; offset += BLOCK) {
                byte[] stream = aes.doFinal(littleEndian(block));
                for (int i = offset; i < Math.min(input.length, offset + BLOCK); i++) {
                    out[i] = (byte) (input[i] ^ stream[i - offset]);
                }
                block = block.add(BigInteger.ONE).mod(MODULUS);
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES", e);
        }
    }

    private static BigInteger littleEndian(byte[] bytes) {
        byte[] bigEndian = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            bigEndian[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, bigEndian);
    }

    private static byte[] littleEndian(BigInteger value) {
        byte[] out = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            out[i] = value.shiftRight(8 * i).byteValue();
        }
        return out;
    }
}
