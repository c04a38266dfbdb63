/**
 * The provisioning server on a {@link org.meshbench.network.NetworkClient}: one session per
 * (source, node address, session id), its state and outcome, and the frames it dropped.
 *
 * @since 0.1
 */
package org.meshbench.provisioning.server;
