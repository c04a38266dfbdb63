package org.meshbench.broker;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The certificate chain and private key a TLS broker presents to its clients, read from files when the
 * broker starts. Clients verify the chain against the CA they trust, so the server certificate should
 * name the address they dial (for example a subject alternative name {@code IP:127.0.0.1}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public sealed interface TlsIdentity {

    /**
     * @param certificateChain PEM file with the server certificate first, then any intermediate CAs
     * @param privateKey PEM file with the unencrypted key in PKCS#8, PKCS#1 or SEC1 (as openssl writes
     *            them); decrypt an encrypted one with {@code openssl pkcs8 -topk8 -nocrypt}
     * @return the identity stored in those files
     */
    static TlsIdentity pem(Path certificateChain, Path privateKey) {
        return new Pem(certificateChain, privateKey);
    }

    /**
     * @param keyStore PKCS#12 file holding exactly one private key entry with its certificate chain
     * @param password the password of the file and of its key entry; copied
     * @return the identity stored in that file
     */
    static TlsIdentity pkcs12(Path keyStore, char[] password) {
        return new Pkcs12(keyStore, password);
    }

    /**
     * A PEM certificate chain and a PEM private key.
     *
     * @param certificateChain the server certificate first, then any intermediate CAs
     * @param privateKey the unencrypted private key
     */
    record Pem(Path certificateChain, Path privateKey) implements TlsIdentity {

        /** Rejects missing paths. */
        public Pem {
            Objects.requireNonNull(certificateChain, "certificateChain");
            Objects.requireNonNull(privateKey, "privateKey");
        }
    }

    /**
     * A PKCS#12 key store with one key entry.
     *
     * @param keyStore the PKCS#12 file
     * @param password the password of the file and of its key entry
     */
    record Pkcs12(Path keyStore, char[] password) implements TlsIdentity {

        /** Rejects missing values and keeps a private copy of the password. */
        public Pkcs12 {
            Objects.requireNonNull(keyStore, "keyStore");
            password = Objects.requireNonNull(password, "password").clone();
        }

        /** @return a copy of the password */
        @Override
        public char[] password() {
            return password.clone();
        }

        /** @return the path only, so that the password never reaches a log */
        @Override
        public String toString() {
            return "Pkcs12[keyStore=" + keyStore + "]";
        }
    }
}
