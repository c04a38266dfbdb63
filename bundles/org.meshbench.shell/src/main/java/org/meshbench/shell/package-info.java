/**
 * The gateway shell of {@code meshbench cli}: wm-gw-cli's commands on a {@link org.meshbench.network.NetworkClient},
 * interactive on a terminal or from a script.
 */
package org.meshbench.shell;
