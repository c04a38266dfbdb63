/**
 * PEM files: {@link org.meshbench.pem.PemFiles} reads certificate chains and private keys,
 * {@link org.meshbench.pem.KeyPairs} checks that a key belongs to a certificate.
 */
package org.meshbench.pem;
