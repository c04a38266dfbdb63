package org.meshbench.network;

/** Whether a gateway announced itself online or offline, or has not been confirmed since a reconnect. */
public enum GatewayState {
    /** The latest status said ONLINE. */
    ONLINE,
    /** The latest status said OFFLINE (usually the gateway's MQTT last will). */
    OFFLINE,
    /**
     * Known from before the connection to the broker was lost, and no status confirmed it since: its
     * retained status may be gone (a restarted broker, a cleared gateway). The broker sends every
     * retained status again when the client subscribes anew, so a gateway that still has one leaves
     * this state right after the reconnect.
     */
    STALE
}
