package org.meshbench.network;

/** Whether a gateway announced itself online or its last will announced it offline. */
public enum GatewayState {
    /** The latest status said ONLINE. */
    ONLINE,
    /** The latest status said OFFLINE (usually the gateway's MQTT last will). */
    OFFLINE
}
