package org.meshbench.protocol.topic;

import java.util.Objects;

/**
 * An MQTT subscription filter, with {@code +} for one level and a final {@code #} for any
 * number of levels (including none: {@code a/#} matches {@code a}). Build the API's filters with
 * {@link TopicFilterBuilder}.
 *
 * @param text the filter text
 */
public record TopicFilter(String text) {

    /**
     * Checks the filter syntax.
     *
     * @throws IllegalArgumentException if the text is empty or a wildcard is not alone in its level,
     *                                  or {@code #} is not the last level
     */
    public TopicFilter {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a topic filter cannot be empty");
        }
        String[] levels = text.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.contains("#") && (!level.equals("#") || i != levels.length - 1)) {
                throw new IllegalArgumentException("filter \"" + text + "\": '#' must be the whole last level");
            }
            if (level.contains("+") && !level.equals("+")) {
                throw new IllegalArgumentException("filter \"" + text + "\": '+' must be a whole level");
            }
        }
    }

    /**
     * @param topic a topic name (no wildcards)
     * @return whether a subscription with this filter receives messages published on {@code topic}
     */
    public boolean matches(String topic) {
        String[] filterLevels = text.split("/", -1);
        String[] topicLevels = topic.split("/", -1);
        if (topic.startsWith("$") && (filterLevels[0].equals("+") || filterLevels[0].equals("#"))) {
            return false; // MQTT keeps $-topics out of wildcard subscriptions
        }
        for (int i = 0; i < filterLevels.length; i++) {
            if (filterLevels[i].equals("#")) {
                return true;
            }
            if (i >= topicLevels.length) {
                return false;
            }
            if (!filterLevels[i].equals("+") && !filterLevels[i].equals(topicLevels[i])) {
                return false;
            }
        }
        return filterLevels.length == topicLevels.length;
    }

    /**
     * @param topic a parsed topic
     * @return whether this filter matches its text
     */
    public boolean matches(Topic topic) {
        return matches(topic.path());
    }

    @Override
    public String toString() {
        return text;
    }
}
