package org.meshbench.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away PKI made with the {@code openssl} CLI (EC P-256 keys, valid two days): a CA, a
 * server certificate for {@code localhost} and {@code 127.0.0.1}, a server certificate for a
 * different name (to test host name checks), a client certificate, and a second, unrelated CA.
 *
 * @param caCertificate the CA that signed the other certificates
 * @param serverCertificate server certificate naming localhost and 127.0.0.1
 * @param serverKey its key
 * @param wrongNameCertificate server certificate naming only {@code elsewhere.invalid}
 * @param wrongNameKey its key
 * @param clientCertificate client certificate
 * @param clientKey its key (PKCS#8)
 * @param otherCaCertificate a CA that signed nothing here
 */
public record TestPki(Path caCertificate, Path serverCertificate, Path serverKey,
        Path wrongNameCertificate, Path wrongNameKey, Path clientCertificate, Path clientKey,
        Path otherCaCertificate) {

    private static final String OPENSSL = Commands.program("openssl", "/usr/bin/openssl");

    /**
     * @param dir an empty folder for the files
     * @return the PKI
     * @throws IOException if openssl fails
     */
    public static TestPki create(Path dir) throws IOException {
        selfSigned(dir, "ca", "Meshbench Test CA");
        selfSigned(dir, "other-ca", "Unrelated Test CA");
        signed(dir, "server", "localhost", "subjectAltName=DNS:localhost,IP:127.0.0.1");
        signed(dir, "wrong-name", "elsewhere.invalid", "subjectAltName=DNS:elsewhere.invalid");
        signed(dir, "client", "meshbench-test-client", "extendedKeyUsage=clientAuth");
        return new TestPki(dir.resolve("ca.crt"), dir.resolve("server.crt"),
                dir.resolve("server.key"), dir.resolve("wrong-name.crt"),
                dir.resolve("wrong-name.key"), dir.resolve("client.crt"),
                dir.resolve("client.key"), dir.resolve("other-ca.crt"));
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
