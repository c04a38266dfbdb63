/**
 * MQTT transport: connects to one broker, publishes and subscribes topics with raw byte
 * payloads, and reports connection state as typed events. No MQTT client library type appears
 * in this API; obtain a transport from {@link org.meshbench.transport.mqtt.MqttTransportFactory}.
 */
package org.meshbench.transport.mqtt;
