/** The decoder API's view of a packet the network model received, for every bundle that knows both. */
package org.meshbench.network.decoding;
