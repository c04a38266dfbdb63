package org.meshbench.protocol.topic;

import java.util.Objects;
import java.util.Optional;

/**
 * Rules for gateway and sink ids, which become topic levels. The API asks for ASCII ids; on top
 * of that an id must not be empty and must not contain {@code /}, {@code +}, {@code #} or control
 * characters, since those would split the topic or turn it into a wildcard filter.
 */
public final class TopicIds {

    private TopicIds() {
    }

    /**
     * @param id an id (not null)
     * @return why {@code id} cannot be a topic level, or empty when it can
     */
    public static Optional<String> problem(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            return Optional.of("it is empty");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '/' || c == '+' || c == '#') {
                return Optional.of("it contains '" + c + "' at index " + i);
            }
            if (c < 0x20 || c == 0x7F) {
                return Optional.of(String.format("it contains the control character U+%04X at index %d", (int) c, i));
            }
            if (c > 0x7F) {
                return Optional.of(String.format("it contains the non-ASCII character U+%04X at index %d", (int) c, i));
            }
        }
        return Optional.empty();
    }

    /**
     * @param role what the id is, for the message: "gateway id" or "sink id"
     * @param id   the id (not null)
     * @return {@code id}
     * @throws IllegalArgumentException naming the id and the problem, if it cannot be a topic level
     */
    public static String requireValid(String role, String id) {
        Optional<String> problem = problem(id);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(describe(role, id, problem.get()));
        }
        return id;
    }

    static String describe(String role, String id, String problem) {
        return role + " \"" + printable(id) + "\" cannot be used in an MQTT topic: " + problem;
    }

    /** Escapes control and non-ASCII characters so that the message itself stays readable. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
