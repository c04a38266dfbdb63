package org.meshbench.network;

/** Wirepas quality of service of a packet sent into the mesh (not the MQTT QoS). */
public enum DataQos {
    /** Normal priority (0). */
    NORMAL(0),
    /** High priority (1). */
    HIGH(1);

    private final int wireValue;

    DataQos(int wireValue) {
        this.wireValue = wireValue;
    }

    /** @return the number sent in {@code SendPacketReq.qos} */
    public int wireValue() {
        return wireValue;
    }
}
