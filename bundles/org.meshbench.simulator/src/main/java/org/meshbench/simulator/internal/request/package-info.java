/** Request handling and validation of a simulated gateway, one class per group of commands. */
package org.meshbench.simulator.internal.request;
