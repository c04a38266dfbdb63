/**
 * An MQTT broker that runs inside the workbench: {@link org.meshbench.broker.EmbeddedBroker#start}
 * with {@link org.meshbench.broker.BrokerOptions} gives a broker on 127.0.0.1 that tells its URL;
 * failures are {@link org.meshbench.broker.BrokerStartException}s with a reason.
 */
package org.meshbench.broker;
