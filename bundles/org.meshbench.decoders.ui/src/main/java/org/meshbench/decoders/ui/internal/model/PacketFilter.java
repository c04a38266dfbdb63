package org.meshbench.decoders.ui.internal.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The view's text filter: a row is shown when it mentions every word of the filter, ignoring case,
 * in an address, an endpoint pair ({@code 251→255} or {@code 251->255}), the gateway or sink, the
 * decoder's id or name, or the summary. An empty filter shows every row. Immutable.
 */
public final class PacketFilter {

    /** Shows every row. */
    public static final PacketFilter NONE = new PacketFilter(List.of());

    private final List<String> words;

    private PacketFilter(List<String> words) {
        this.words = words;
    }

    /**
     * @param text what the user typed
     * @return the filter it stands for
     */
    public static PacketFilter of(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? NONE : new PacketFilter(Arrays.asList(trimmed.split("\\s+")));
    }

    /** @return whether the filter shows every row */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * @param row a row
     * @return whether it is shown
     */
    public boolean matches(PacketRow row) {
        for (String word : words) {
            if (!row.mentions(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param rows rows, in order
     * @return the rows shown, in the same order
     */
    public List<PacketRow> apply(List<PacketRow> rows) {
        return isEmpty() ? rows : rows.stream().filter(this::matches).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PacketFilter filter && filter.words.equals(words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }
}
