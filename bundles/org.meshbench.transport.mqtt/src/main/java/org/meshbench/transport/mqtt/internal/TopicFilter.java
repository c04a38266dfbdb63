package org.meshbench.transport.mqtt.internal;

/**
 * A parsed topic filter that matches topic names without allocating, because it runs on the
 * MQTT client's callback thread for every message. Immutable.
 */
final class TopicFilter {
    private final String[] levels;

    /** @param filter a filter already checked by {@link TopicNames#checkFilter} */
    TopicFilter(String filter) {
        this.levels = filter.split("/", -1);
    }

    /**
     * @param topic a topic name
     * @return whether the filter matches it ({@code #} also matches the parent level; filters
     *         starting with a wildcard do not match topics starting with {@code $})
     */
    boolean matches(String topic) {
        if (topic.startsWith("$") && (levels[0].equals("+") || levels[0].equals("#"))) {
            return false;
        }
        int start = 0;
        for (String level : levels) {
            if (level.equals("#")) {
                return true;
            }
            if (start > topic.length()) {
                return false;
            }
            int end = topic.indexOf('/', start);
            if (end < 0) {
                end = topic.length();
            }
            if (!level.equals("+") && !sameLevel(topic, start, end, level)) {
                return false;
            }
            start = end + 1;
        }
        return start == topic.length() + 1;
    }

    private static boolean sameLevel(String topic, int start, int end, String level) {
        return end - start == level.length() && topic.startsWith(level, start);
    }
}
