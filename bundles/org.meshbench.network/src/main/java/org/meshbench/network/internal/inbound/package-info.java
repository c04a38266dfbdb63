/** Handlers of the subscribed topics: decoding, de-duplication, model updates and downlink joins. */
package org.meshbench.network.internal.inbound;
