/**
 * Reads transport settings from a backend-client style {@code settings.yml} and from
 * command-line flags into {@link org.meshbench.transport.mqtt.MqttOptions}.
 */
package org.meshbench.transport.mqtt.settings;
