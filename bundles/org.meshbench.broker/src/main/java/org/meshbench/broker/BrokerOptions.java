package org.meshbench.broker;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link EmbeddedBroker} listens on and whom it lets in. Without TLS the broker speaks plain
 * MQTT, with TLS it speaks only MQTT over TLS. Without a password file every client is let in, with or
 * without credentials; with one, a client must name a user of the file and give that user's password.
 *
 * <p>Immutable and thread-safe; build instances with {@link #builder()}.
 */
public final class BrokerOptions {

    /** The port number that asks the operating system for any free port. */
    public static final int ANY_FREE_PORT = 0;

    private final InetAddress bindAddress;
    private final int port;
    private final TlsIdentity tls;
    private final Path passwordFile;

    private BrokerOptions(Builder builder) {
        bindAddress = builder.bindAddress;
        port = builder.port;
        tls = builder.tls;
        passwordFile = builder.passwordFile;
    }

    /** @return a builder that starts from 127.0.0.1, any free port, plain MQTT and anonymous access */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the address the broker binds to; 127.0.0.1 unless set */
    public InetAddress bindAddress() {
        return bindAddress;
    }

    /** @return the port to bind, or {@link #ANY_FREE_PORT} */
    public int port() {
        return port;
    }

    /** @return the server certificate and key when the broker speaks MQTT over TLS */
    public Optional<TlsIdentity> tls() {
        return Optional.ofNullable(tls);
    }

    /** @return the users and passwords the broker accepts, see {@link Builder#passwordFile(Path)} */
    public Optional<Path> passwordFile() {
        return Optional.ofNullable(passwordFile);
    }

    /** @return {@code true} when clients may connect without credentials, that is without a password file */
    public boolean anonymousAllowed() {
        return passwordFile == null;
    }

    /** Collects the options; not thread-safe. */
    public static final class Builder {

        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port = ANY_FREE_PORT;
        private TlsIdentity tls;
        private Path passwordFile;

        private Builder() {
        }

        /**
         * @param address the local address to listen on; only other hosts' gateways need more than loopback
         * @return this builder
         */
        public Builder bindAddress(InetAddress address) {
            bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * @param number a TCP port from 1 to 65535, or {@link #ANY_FREE_PORT}
         * @return this builder
         * @throws IllegalArgumentException if the number is not a port
         */
        public Builder port(int number) {
            if (number < 0 || number > 65535) {
                throw new IllegalArgumentException("Not a TCP port: " + number);
            }
            port = number;
            return this;
        }

        /**
         * @param identity the certificate chain and private key the broker presents to TLS clients
         * @return this builder
         */
        public Builder tls(TlsIdentity identity) {
            tls = Objects.requireNonNull(identity, "identity");
            return this;
        }

        /**
         * Requires every client to log in with a user of the file. The file is UTF-8 text with one
         * {@code user:password} entry a line; blank lines and lines starting with {@code #} are skipped.
         * The password is either plain text or a hash written by Mosquitto's {@code mosquitto_passwd}
         * (a {@code $6$} salted SHA-512 or a {@code $7$} PBKDF2-SHA-512 value), so an existing Mosquitto
         * password file works unchanged; a password starting with {@code $6$} or {@code $7$} is therefore
         * always read as such a hash, and Mosquitto 2.1's {@code $argon2id$} hashes are refused. The file
         * is read once, when the broker starts.
         *
         * @param file the password file
         * @return this builder
         */
        public Builder passwordFile(Path file) {
            passwordFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /** @return the options collected so far */
        public BrokerOptions build() {
            return new BrokerOptions(this);
        }
    }
}
