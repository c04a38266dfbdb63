/** The gateway, sink and network model built from status events and configuration responses. */
package org.meshbench.network.internal.model;
