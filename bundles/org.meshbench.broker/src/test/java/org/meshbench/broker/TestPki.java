package org.meshbench.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away CA and a server certificate for IP 127.0.0.1 that it signed, made with the keytool of the
 * JDK that runs the tests (so no openssl is needed), in PKCS#12 and in PEM form.
 */
final class TestPki {

    static final char[] PASSWORD = "test-password".toCharArray();

    final Path caCertificate;
    final Path caKeyStore;
    final Path serverKeyStore;
    final Path serverChainPem;
    final Path serverKeyPem;
    /** The CA's own key: a valid key that does not belong to the server certificate. */
    final Path caKeyPem;

    private TestPki(Path directory) {
        caCertificate = directory.resolve("ca.pem");
        caKeyStore = directory.resolve("ca.p12");
        serverKeyStore = directory.resolve("server.p12");
        serverChainPem = directory.resolve("server-chain.pem");
        serverKeyPem = directory.resolve("server-key.pem");
        caKeyPem = directory.resolve("ca-key.pem");
    }

    static TestPki create(Path directory) throws IOException, InterruptedException, GeneralSecurityException {
        TestPki pki = new TestPki(directory);
        Path selfSigned = directory.resolve("server-self-signed.p12");
        Path request = directory.resolve("server.csr");
        Path signed = directory.resolve("server.pem");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", "CN=Meshbench Test CA", "-ext", "bc:c",
                "-validity", "2", "-keystore", pki.caKeyStore);
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-validity", "2",
                "-keystore", selfSigned);
        keytool("-certreq", "-alias", "server", "-keystore", selfSigned, "-file", request);
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", pki.caKeyStore, "-infile", request, "-outfile",
                signed, "-ext", "san=ip:127.0.0.1", "-validity", "2");
        pki.writeServerFiles(load(selfSigned), signed);
        return pki;
    }

    /** @return a client socket factory that trusts only the test CA */
    SSLSocketFactory trustingClient() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(caCertificate)) {
            trusted.setCertificateEntry("ca",
                    CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    /** Pairs the server key with its CA-signed chain, in PKCS#12 and in PEM, with the CA's files beside. */
    private void writeServerFiles(KeyStore selfSigned, Path signed) throws IOException, GeneralSecurityException {
        KeyStore caStore = load(caKeyStore);
        Certificate ca = caStore.getCertificate("ca");
        Certificate server;
        try (InputStream in = Files.newInputStream(signed)) {
            server = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        Key key = selfSigned.getKey("server", PASSWORD);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", key, PASSWORD, new Certificate[] {server, ca});
        try (OutputStream out = Files.newOutputStream(serverKeyStore)) {
            store.store(out, PASSWORD);
        }
        Files.writeString(caCertificate, pem("CERTIFICATE", ca.getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(serverChainPem, pem("CERTIFICATE", server.getEncoded()) + pem("CERTIFICATE",
                ca.getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(serverKeyPem, pem("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(caKeyPem, pem("PRIVATE KEY", caStore.getKey("ca", PASSWORD).getEncoded()),
                StandardCharsets.US_ASCII);
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static void keytool(Object... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        // keytool is short-lived: the quick start of C1-only compilation matters more than peak speed.
        command.add("-J-XX:TieredStopAtLevel=1");
        for (Object argument : arguments) {
            command.add(argument.toString());
        }
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", new String(PASSWORD)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // keytool closes its output when it exits, so this read ends.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "keytool did not exit");
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + "\n" + output);
    }
}
