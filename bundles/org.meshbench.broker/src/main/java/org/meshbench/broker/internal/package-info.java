/** Moquette behind the {@link org.meshbench.broker.EmbeddedBroker} API; Moquette and Netty types stay here. */
package org.meshbench.broker.internal;
