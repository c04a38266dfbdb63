/**
 * The transport implemented on Eclipse Paho mqttv3; not API. Paho types stay in here.
 */
package org.meshbench.transport.mqtt.internal;
