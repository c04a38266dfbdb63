/** {@code meshbench demo}: the workbench connected to an embedded broker with simulated gateways. */
package org.meshbench.demo.internal;
