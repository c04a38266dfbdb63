/**
 * The Wirepas Remote API (MSAP): requests travel from endpoint 255 to 240, responses back, each
 * packet a run of {@link org.meshbench.mesh.remoteapi.RemoteApiFrame frames};
 * {@link org.meshbench.mesh.remoteapi.RemoteApi} names the frame types and builds and recognises pings.
 *
 * @since 0.1
 */
package org.meshbench.mesh.remoteapi;
