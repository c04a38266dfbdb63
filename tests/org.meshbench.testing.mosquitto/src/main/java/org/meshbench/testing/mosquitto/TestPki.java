package org.meshbench.testing.mosquitto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away PKI made with the {@code openssl} CLI (EC P-256 keys in PKCS#8, valid two days): a CA, a
 * server certificate for {@code localhost} and {@code 127.0.0.1}, a server certificate for a different
 * name (to test host name checks), a client certificate, and a second, unrelated CA. The server identity
 * is also there as a chain file and as a PKCS#12 key store.
 *
 * @param dir the folder that holds the files
 */
public record TestPki(Path dir) {

    /** The password of {@link #serverKeyStore()} and of its key entry. */
    public static final char[] PASSWORD = "test-password".toCharArray();

    private static final String OPENSSL = Commands.program("openssl", "/usr/bin/openssl");

    /**
     * @param dir an empty folder for the files
     * @return the PKI
     * @throws IOException if openssl fails
     */
    public static TestPki create(Path dir) throws IOException {
        TestPki pki = new TestPki(dir);
        selfSigned(dir, "ca", "Meshbench Test CA");
        selfSigned(dir, "other-ca", "Unrelated Test CA");
        signed(dir, "server", "localhost", "subjectAltName=DNS:localhost,IP:127.0.0.1");
        signed(dir, "wrong-name", "elsewhere.invalid", "subjectAltName=DNS:elsewhere.invalid");
        signed(dir, "client", "meshbench-test-client", "extendedKeyUsage=clientAuth");
        Files.writeString(pki.serverChain(),
                Files.readString(pki.serverCertificate()) + Files.readString(pki.caCertificate()));
        Commands.run(dir, List.of(OPENSSL, "pkcs12", "-export", "-name", "server", "-in", "server.crt",
                "-inkey", "server.key", "-certfile", "ca.crt", "-out", "server.p12",
                "-passout", "pass:" + new String(PASSWORD)));
        return pki;
    }

    /** @return the CA that signed the other certificates */
    public Path caCertificate() {
        return dir.resolve("ca.crt");
    }

    /** @return the CA's key: a valid key that belongs to no server or client certificate */
    public Path caKey() {
        return dir.resolve("ca.key");
    }

    /** @return the server certificate naming localhost and 127.0.0.1 */
    public Path serverCertificate() {
        return dir.resolve("server.crt");
    }

    /** @return the server key */
    public Path serverKey() {
        return dir.resolve("server.key");
    }

    /** @return the server certificate followed by the CA certificate */
    public Path serverChain() {
        return dir.resolve("server-chain.pem");
    }

    /** @return the server key with its chain in PKCS#12, protected by {@link #PASSWORD} */
    public Path serverKeyStore() {
        return dir.resolve("server.p12");
    }

    /** @return a server certificate naming only {@code elsewhere.invalid} */
    public Path wrongNameCertificate() {
        return dir.resolve("wrong-name.crt");
    }

    /** @return the key of {@link #wrongNameCertificate()} */
    public Path wrongNameKey() {
        return dir.resolve("wrong-name.key");
    }

    /** @return the client certificate */
    public Path clientCertificate() {
        return dir.resolve("client.crt");
    }

    /** @return the client key */
    public Path clientKey() {
        return dir.resolve("client.key");
    }

    /** @return a CA that signed nothing here */
    public Path otherCaCertificate() {
        return dir.resolve("other-ca.crt");
    }

    private static void selfSigned(Path dir, String name, String commonName) throws IOException {
        List<String> command = newCertificate(name, commonName);
        command.addAll(List.of("-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign"));
        Commands.run(dir, command);
    }

    private static void signed(Path dir, String name, String commonName, String extension)
            throws IOException {
        List<String> command = newCertificate(name, commonName);
        command.addAll(List.of("-CA", "ca.crt", "-CAkey", "ca.key",
                "-addext", "basicConstraints=CA:FALSE", "-addext", extension));
        Commands.run(dir, command);
    }

    private static List<String> newCertificate(String name, String commonName) {
        return new ArrayList<>(List.of(OPENSSL, "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-keyout", name + ".key", "-out", name + ".crt", "-subj", "/CN=" + commonName));
    }
}
