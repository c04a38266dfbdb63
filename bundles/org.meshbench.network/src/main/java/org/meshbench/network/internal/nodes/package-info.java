/** Compact node store: primitive columns and an open-addressing index keyed by (network, address). */
package org.meshbench.network.internal.nodes;
