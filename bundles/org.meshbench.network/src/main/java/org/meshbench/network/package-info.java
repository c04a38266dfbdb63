/**
 * Network model and gateway services over one MQTT connection: gateways, sinks, networks and
 * nodes as immutable snapshots, every gateway request as an asynchronous and a synchronous call,
 * network-wide helpers (send to all sinks, OTAP, TLV app config) and listeners that run on a
 * worker pool. Obtain a {@link org.meshbench.network.NetworkClient} from the
 * {@link org.meshbench.network.NetworkClientFactory} service.
 *
 * @since 0.1
 */
package org.meshbench.network;
