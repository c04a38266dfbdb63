/**
 * Codec of the Wirepas backend-to-gateway MQTT API: {@link org.meshbench.protocol.GatewayCodec}
 * turns topic and payload bytes into typed messages and back, {@link org.meshbench.protocol.PayloadJson}
 * turns payload bytes into protobuf's canonical JSON and back, and
 * {@link org.meshbench.protocol.MessageIdGenerator} makes request and event ids.
 *
 * <p>Decoding never lets an unchecked exception out: bad input gives a
 * {@link org.meshbench.protocol.DecodeException} that names the topic and the problem.
 */
package org.meshbench.protocol;
