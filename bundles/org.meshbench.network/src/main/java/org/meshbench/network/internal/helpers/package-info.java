/** Network-wide operations: send to all sinks, OTAP, TLV app config. */
package org.meshbench.network.internal.helpers;
