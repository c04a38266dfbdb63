package org.meshbench.transport.mqtt.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientIdsTest {

    @Test
    void generatedIdsFitTheMqtt311MinimumOf23Characters() {
        String id = ClientIds.generate("meshbench-");

        assertTrue(id.length() <= 23, id);
        assertTrue(id.matches("meshbench-[0-9a-f]{12}"), id);
    }
}
