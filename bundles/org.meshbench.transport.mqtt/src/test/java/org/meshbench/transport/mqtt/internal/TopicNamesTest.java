package org.meshbench.transport.mqtt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "a/b", "/", "a//b", "gw-request/send_data/gw1/sink0", "$SYS/x"})
    void acceptsTopicNames(String topic) {
        assertEquals(topic, TopicNames.checkTopic(topic));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/+", "a/#", "a+b", "nul\0"})
    void rejectsBadTopicNames(String topic) {
        assertThrows(IllegalArgumentException.class, () -> TopicNames.checkTopic(topic));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#", "+", "a/#", "a/+/b", "+/+/#", "/", "$SYS/#"})
    void acceptsFilters(String filter) {
        assertEquals(filter, TopicNames.checkFilter(filter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/#/b", "a#", "a/b#", "a+/b", "#/a", "$share/g/a"})
    void rejectsBadFilters(String filter) {
        assertThrows(IllegalArgumentException.class, () -> TopicNames.checkFilter(filter));
    }

    @Test
    void rejectsTooLongTopics() {
        String tooLong = "é".repeat(32_768);
        assertThrows(IllegalArgumentException.class, () -> TopicNames.checkTopic(tooLong));
    }

    @Test
    void qosMustBeZeroToTwo() {
        assertEquals(2, TopicNames.checkQos(2));
        assertThrows(IllegalArgumentException.class, () -> TopicNames.checkQos(-1));
        assertThrows(IllegalArgumentException.class, () -> TopicNames.checkQos(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "a+", "#"})
    void rejectsBadSharedGroups(String group) {
        assertThrows(IllegalArgumentException.class, () -> TopicNames.checkSharedGroup(group));
    }
}
