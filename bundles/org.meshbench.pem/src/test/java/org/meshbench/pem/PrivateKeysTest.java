package org.meshbench.pem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meshbench.testing.mosquitto.Commands;

/** Keys in every format OpenSSL writes, made with the openssl CLI. */
class PrivateKeysTest {
    private static final String OPENSSL = Commands.program("openssl", "/usr/bin/openssl");

    @TempDir
    static Path dir;

    @BeforeAll
    static void makeKeys() throws Exception {
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "rsa-pkcs8.pem");
        openssl("pkey", "-in", "rsa-pkcs8.pem", "-traditional", "-out", "rsa-pkcs1.pem");
        openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "ec-pkcs8.pem");
        openssl("pkey", "-in", "ec-pkcs8.pem", "-traditional", "-out", "ec-sec1.pem");
        openssl("ec", "-in", "ec-sec1.pem", "-param_enc", "explicit", "-out", "ec-explicit.pem");
        openssl("genpkey", "-algorithm", "ed25519", "-out", "ed25519.pem");
        openssl("pkcs8", "-topk8", "-in", "ec-pkcs8.pem", "-passout", "pass:x", "-out", "encrypted.pem");
        openssl("pkey", "-in", "rsa-pkcs8.pem", "-traditional", "-aes128", "-passout", "pass:x",
                "-out", "legacy-encrypted.pem");
        for (String key : List.of("rsa-pkcs8", "ec-pkcs8", "ed25519")) {
            openssl("req", "-x509", "-key", key + ".pem", "-subj", "/CN=" + key, "-days", "1",
                    "-out", key + ".crt");
        }
    }

    private static void openssl(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(OPENSSL));
        command.addAll(List.of(arguments));
        Commands.run(dir, command);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rsa-pkcs8.pem, RSA, rsa-pkcs8.crt",
        "rsa-pkcs1.pem, RSA, rsa-pkcs8.crt",
        "ec-pkcs8.pem, EC, ec-pkcs8.crt",
        "ec-sec1.pem, EC, ec-pkcs8.crt",
        "ed25519.pem, EdDSA, ed25519.crt",
    })
    void readsEveryUnencryptedFormatAndTheKeyMatchesItsCertificate(String file, String algorithm,
            String certificate) throws Exception {
        PrivateKey key = PemFiles.readPrivateKey(dir.resolve(file));

        assertEquals(algorithm, key.getAlgorithm());
        PublicKey publicKey = PemFiles.readCertificates(dir.resolve(certificate)).get(0).getPublicKey();
        assertTrue(KeyPairs.match(key, publicKey));
    }

    @Test
    void aKeyDoesNotMatchAnotherCertificate() throws Exception {
        PrivateKey rsa = PemFiles.readPrivateKey(dir.resolve("rsa-pkcs8.pem"));
        PrivateKey ec = PemFiles.readPrivateKey(dir.resolve("ec-pkcs8.pem"));

        assertFalse(KeyPairs.match(rsa, certificateKey("ec-pkcs8.crt")));
        assertFalse(KeyPairs.match(ec, certificateKey("rsa-pkcs8.crt")));
        assertFalse(KeyPairs.match(ec, certificateKey("ed25519.crt")));
    }

    @ParameterizedTest
    @CsvSource({"encrypted.pem", "legacy-encrypted.pem"})
    void encryptedKeysAreRefusedWithAHint(String file) {
        GeneralSecurityException error = assertThrows(GeneralSecurityException.class,
                () -> PemFiles.readPrivateKey(dir.resolve(file)));

        assertTrue(error.getMessage().contains("encrypted") && error.getMessage().contains("-nocrypt"),
                error.getMessage());
    }

    @Test
    void explicitCurveParametersAreRefused() {
        GeneralSecurityException error = assertThrows(GeneralSecurityException.class,
                () -> PemFiles.readPrivateKey(dir.resolve("ec-explicit.pem")));

        assertTrue(error.getMessage().contains("named curve"), error.getMessage());
    }

    @Test
    void aFileWithoutAKeyIsRefused() throws Exception {
        GeneralSecurityException certificateOnly = assertThrows(GeneralSecurityException.class,
                () -> PemFiles.readPrivateKey(dir.resolve("rsa-pkcs8.crt")));
        Path text = Files.writeString(dir.resolve("text.pem"), "not pem at all\n");
        GeneralSecurityException notPem = assertThrows(GeneralSecurityException.class,
                () -> PemFiles.readPrivateKey(text));

        assertTrue(certificateOnly.getMessage().contains("no PEM private key"), certificateOnly.getMessage());
        assertTrue(notPem.getMessage().startsWith(text + ": no PEM private key"), notPem.getMessage());
    }

    @Test
    void brokenKeyDataIsRefused() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.pem"),
                "-----BEGIN PRIVATE KEY-----\nMAMCAQA=\n-----END PRIVATE KEY-----\n");

        assertThrows(GeneralSecurityException.class, () -> PemFiles.readPrivateKey(broken));
    }

    private static PublicKey certificateKey(String file) throws Exception {
        return PemFiles.readCertificates(dir.resolve(file)).get(0).getPublicKey();
    }
}
