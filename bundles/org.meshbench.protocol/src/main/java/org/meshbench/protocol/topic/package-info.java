/**
 * MQTT topics of the Wirepas backend-to-gateway API: building and parsing every request,
 * response and event topic, subscription filters with {@code +} and {@code #}, and the rules for
 * gateway and sink ids inside topics. Every type here is immutable and thread-safe, except the
 * {@link org.meshbench.protocol.topic.TopicFilterBuilder}.
 */
package org.meshbench.protocol.topic;
