/** Simulated nodes and the OTAP state they share within one network. */
package org.meshbench.simulator.internal.node;
