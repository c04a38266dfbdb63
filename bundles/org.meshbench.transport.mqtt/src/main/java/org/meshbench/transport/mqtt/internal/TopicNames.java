package org.meshbench.transport.mqtt.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Checks topic names, topic filters, QoS values and shared-subscription group names against
 * the MQTT 3.1.1 rules, so that bad input fails at the call with a clear message.
 */
public final class TopicNames {
    /** Prefix of shared subscriptions ({@code $share/<group>/<filter>}). */
    public static final String SHARE_PREFIX = "$share/";
    private static final int MAX_UTF8_LENGTH = 65_535;

    private TopicNames() {
    }

    /**
     * @param topic a topic name to publish to
     * @return the topic
     * @throws IllegalArgumentException if it is empty, too long or contains a wildcard
     */
    public static String checkTopic(String topic) {
        checkText(topic, "topic");
        if (topic.indexOf('+') >= 0 || topic.indexOf('#') >= 0) {
            throw new IllegalArgumentException("topic '" + topic + "' must not contain + or #");
        }
        return topic;
    }

    /**
     * @param filter a topic filter to subscribe to, without a {@code $share/} prefix
     * @return the filter
     * @throws IllegalArgumentException if a wildcard is misplaced or the filter is shared
     */
    public static String checkFilter(String filter) {
        checkText(filter, "topic filter");
        if (filter.startsWith(SHARE_PREFIX)) {
            throw new IllegalArgumentException("topic filter '" + filter
                    + "': use subscribeShareable and a shared group instead of $share/");
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            boolean multi = level.indexOf('#') >= 0;
            boolean single = level.indexOf('+') >= 0;
            if ((multi && (!level.equals("#") || i != levels.length - 1))
                    || (single && !level.equals("+"))) {
                throw new IllegalArgumentException("topic filter '" + filter
                        + "': + must fill a whole level and # must be the whole last level");
            }
        }
        return filter;
    }

    /**
     * @param qos an MQTT QoS
     * @return the QoS
     * @throws IllegalArgumentException unless it is 0, 1 or 2
     */
    public static int checkQos(int qos) {
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException("QoS must be 0, 1 or 2, got " + qos);
        }
        return qos;
    }

    /**
     * @param group a shared-subscription group name
     * @return the name
     * @throws IllegalArgumentException if it is empty or contains {@code / + #}
     */
    public static String checkSharedGroup(String group) {
        checkText(group, "shared group");
        if (group.indexOf('/') >= 0 || group.indexOf('+') >= 0 || group.indexOf('#') >= 0) {
            throw new IllegalArgumentException(
                    "shared group '" + group + "' must not contain /, + or #");
        }
        return group;
    }

    private static void checkText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " contains a NUL character");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than 65535 bytes");
        }
    }
}
