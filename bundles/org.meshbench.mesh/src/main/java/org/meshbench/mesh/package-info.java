/**
 * What Wirepas mesh nodes exchange, independent of how it reaches the backend: the
 * {@link org.meshbench.mesh.EndpointPair} of a packet; the TLV app config layout in
 * {@code org.meshbench.mesh.appconfig} and the Remote API frames in
 * {@code org.meshbench.mesh.remoteapi}. Pure Java, so that decoder plug-ins can use it.
 *
 * @since 0.1
 */
package org.meshbench.mesh;

import org.meshbench.mesh.EndpointPair;
