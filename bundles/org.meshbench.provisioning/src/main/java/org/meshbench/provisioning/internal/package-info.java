/** CBOR, AES-CMAC/AES-CTR, whitelist reading and the server's session table. */
package org.meshbench.provisioning.internal;
