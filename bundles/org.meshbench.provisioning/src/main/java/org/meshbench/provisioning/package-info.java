/**
 * The Wirepas provisioning protocol (endpoints 246↔255): frames, the CBOR map a node receives, the
 * secured method's MIC and encryption, the whitelist in backend-client's YAML format, and the node
 * side of a session.
 *
 * @since 0.1
 */
package org.meshbench.provisioning;
