package org.meshbench.transport.mqtt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicFilterTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
        "a/b, a/b, true",
        "a/b, a/c, false",
        "a/b, a/b/c, false",
        "a/b/c, a/b, false",
        "a/bc, a/b, false",
        "a/b, a/bc, false",
        "a/+, a/b, true",
        "a/+, a/, true",
        "a/+, a, false",
        "a/+, a/b/c, false",
        "+/b, /b, true",
        "+/+, a/b, true",
        "a/#, a, true",
        "a/#, a/b/c, true",
        "a/#, ab, false",
        "#, a/b, true",
        "#, $SYS/x, false",
        "+/x, $SYS/x, false",
        "$SYS/#, $SYS/x, true",
        "gw-event/received_data/+/+/+/+/+, gw-event/received_data/gw1/sink0/123/1/2, true",
        "gw-event/received_data/+/+/+/+/+, gw-event/received_data/gw1/sink0/123/1, false",
        "gw-response/#, gw-response/get_configs/gw1, true",
    })
    void matchesLikeAnMqttBroker(String filter, String topic, boolean expected) {
        assertEquals(expected, new TopicFilter(filter).matches(topic));
    }
}
