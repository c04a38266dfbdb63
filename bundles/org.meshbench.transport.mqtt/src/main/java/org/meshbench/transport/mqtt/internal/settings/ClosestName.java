package org.meshbench.transport.mqtt.internal.settings;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the valid name a misspelt one most likely meant, for "did you mean" hints. */
final class ClosestName {

    /** More edits than this and the names are unrelated. */
    private static final int MAX_EDITS = 3;

    private ClosestName() {
    }

    static Optional<String> to(String wrong, Collection<String> valid) {
        return valid.stream()
                .filter(name -> distance(wrong, name) <= Math.min(MAX_EDITS, Math.max(1, name.length() / 3)))
                .min(Comparator.comparingInt((String name) -> distance(wrong, name)).thenComparing(name -> name));
    }

    /** @return " (did you mean X?)" or "" */
    static String hint(String wrong, Collection<String> valid) {
        return to(wrong, valid).map(name -> " (did you mean " + name + "?)").orElse("");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
