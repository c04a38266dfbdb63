/** The PEM block reader, just enough DER and the private key formats behind {@code org.meshbench.pem}; not API. */
package org.meshbench.pem.internal;
