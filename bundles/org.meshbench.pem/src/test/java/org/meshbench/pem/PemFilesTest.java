package org.meshbench.pem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.testing.mosquitto.TestPki;

/** Certificate chains from PEM files, and what is wrong with a broken one. */
class PemFilesTest {
    @TempDir
    static Path dir;
    private static TestPki pki;

    @BeforeAll
    static void makePki() throws Exception {
        pki = TestPki.create(dir);
    }

    @Test
    void readsEveryCertificateOfABundleAndSkipsOtherBlocks() throws Exception {
        Path bundle = dir.resolve("bundle.pem");
        Files.writeString(bundle, "comment line\n" + Files.readString(pki.clientKey())
                + Files.readString(pki.caCertificate()) + Files.readString(pki.otherCaCertificate()));

        List<X509Certificate> certificates = PemFiles.readCertificates(bundle);

        assertEquals(2, certificates.size());
        assertTrue(certificates.get(0).getSubjectX500Principal().getName().contains("Meshbench Test CA"));
    }

    @Test
    void aKeyFileHasNoCertificate() {
        GeneralSecurityException error = assertThrows(GeneralSecurityException.class,
                () -> PemFiles.readCertificates(pki.clientKey()));

        assertTrue(error.getMessage().contains("no PEM certificate"), error.getMessage());
    }

    @Test
    void aFileWithoutBlocksHasNoCertificate() throws Exception {
        Path binary = Files.write(dir.resolve("binary.der"), new byte[] {0x30, (byte) 0x82, (byte) 0xFF, 0});

        GeneralSecurityException error = assertThrows(GeneralSecurityException.class,
                () -> PemFiles.readCertificates(binary));

        assertTrue(error.getMessage().startsWith(binary + ": no PEM certificate"), error.getMessage());
    }

    @Test
    void aBrokenCertificateIsNamed() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.pem"),
                "-----BEGIN CERTIFICATE-----\nMAMCAQA=\n-----END CERTIFICATE-----\n");

        GeneralSecurityException error = assertThrows(GeneralSecurityException.class,
                () -> PemFiles.readCertificates(broken));

        assertTrue(error.getMessage().startsWith(broken + ": a certificate cannot be parsed"), error.getMessage());
    }

    @Test
    void truncatedAndCorruptBlocksAreErrors() throws Exception {
        Path truncated = Files.writeString(dir.resolve("truncated.pem"),
                "-----BEGIN CERTIFICATE-----\nMIIB\n");
        Path corrupt = Files.writeString(dir.resolve("corrupt.pem"),
                "-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n");

        assertTrue(assertThrows(GeneralSecurityException.class,
                () -> PemFiles.readCertificates(truncated)).getMessage().contains("no END line"));
        assertTrue(assertThrows(GeneralSecurityException.class,
                () -> PemFiles.readCertificates(corrupt)).getMessage().contains("base64"));
    }
}
