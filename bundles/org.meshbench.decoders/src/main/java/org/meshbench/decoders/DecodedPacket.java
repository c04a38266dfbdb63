package org.meshbench.decoders;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a decoder made of one payload: a one-line summary, the field tree and optional numeric
 * series for charts. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DecodedPacket {

    private final String summary;
    private final List<DecodedField> fields;
    private final List<SeriesValue> series;

    private DecodedPacket(Builder builder) {
        summary = builder.summary;
        fields = List.copyOf(builder.fields);
        series = List.copyOf(builder.series);
    }

    /**
     * @param summary one line that describes the packet, e.g. {@code "14 neighbors"}
     * @return a builder
     */
    public static Builder builder(String summary) {
        return new Builder(summary);
    }

    /** @return the one-line summary */
    public String summary() { return summary; }

    /** @return the top-level fields, in payload order */
    public List<DecodedField> fields() { return fields; }

    /** @return the numeric samples offered for charts; may be empty */
    public List<SeriesValue> series() { return series; }

    /**
     * Finds a field by its path: the names from the top level down, separated by {@code '/'},
     * e.g. {@code "neighbor[2]/rssi"}.
     *
     * @param path the field path
     * @return the first field on that path, or empty
     */
    public Optional<DecodedField> find(String path) {
        List<DecodedField> level = fields;
        DecodedField found = null;
        for (String name : path.split("/", -1)) {
            found = level.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            level = found.children();
        }
        return Optional.ofNullable(found);
    }

    @Override
    public String toString() {
        return summary;
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private final String summary;
        private final List<DecodedField> fields = new ArrayList<>();
        private final List<SeriesValue> series = new ArrayList<>();

        private Builder(String summary) {
            this.summary = Objects.requireNonNull(summary, "summary");
        }

        /** @param field a top-level field @return this builder */
        public Builder field(DecodedField field) {
            fields.add(Objects.requireNonNull(field, "field"));
            return this;
        }

        /** @param topLevel top-level fields, in order @return this builder */
        public Builder fields(List<DecodedField> topLevel) {
            topLevel.forEach(this::field);
            return this;
        }

        /**
         * @param name series name
         * @param value finite sample
         * @param unit unit, or an empty string
         * @return this builder
         */
        public Builder series(String name, double value, String unit) {
            series.add(new SeriesValue(name, value, unit));
            return this;
        }

        /** @return the packet */
        public DecodedPacket build() {
            return new DecodedPacket(this);
        }
    }
}
