package org.meshbench.testcases;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parameter a test case declares: its key, its type, its default and how values are checked.
 * Immutable; the constructor rejects inconsistent declarations (a default that fails its own
 * checks, bounds on an unbounded type, a choice without choices).
 *
 * @param key the key, a letter followed by letters, digits or underscores
 * @param name the label shown to users
 * @param description what the parameter does; may be empty
 * @param type the type
 * @param defaultValue the default as text; empty if the parameter has none
 * @param required whether a value must be given when there is no default
 * @param min the inclusive lower bound as text, for bounded types
 * @param max the inclusive upper bound as text, for bounded types
 * @param choices the allowed values of a {@link ParameterType#CHOICE}; empty for other types
 * @since 0.1
 */
public record ParameterDescriptor(String key, String name, String description, ParameterType type,
        Optional<String> defaultValue, boolean required, Optional<String> min, Optional<String> max,
        List<String> choices) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /**
     * Checks the declaration.
     *
     * @throws IllegalArgumentException saying what is inconsistent
     */
    public ParameterDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        choices = List.copyOf(choices);
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("parameter key '" + key + "' is not a letter followed by letters, "
                    + "digits or underscores");
        }
        if ((min.isPresent() || max.isPresent()) && !type.bounded()) {
            throw new IllegalArgumentException("parameter " + key + ": " + type.declaredName() + " takes no bounds");
        }
        if (choices.isEmpty() == (type == ParameterType.CHOICE)) {
            throw new IllegalArgumentException("parameter " + key + ": choices are declared exactly for choice");
        }
        min.ifPresent(bound -> ParameterValues.scalar(type, bound));
        max.ifPresent(bound -> ParameterValues.scalar(type, bound));
        if (defaultValue.isPresent()) {
            checkedValue(key, type, defaultValue.get(), min, max, choices);
        }
    }

    /**
     * @param text a value as typed by a user
     * @return the value, of the Java type {@link ParameterType} documents
     * @throws ParameterException naming the key and saying why the text does not fit
     */
    public Object parse(String text) throws ParameterException {
        try {
            return checkedValue(key, type, text, min, max, choices);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(e.getMessage());
        }
    }

    /** @return the type, bounds, choices and default in one line, for {@code --list} and tooltips */
    public String summary() {
        StringBuilder text = new StringBuilder(type.declaredName());
        if (!choices.isEmpty()) {
            text.append(" ").append(String.join("|", choices));
        }
        if (min.isPresent() || max.isPresent()) {
            text.append(" ").append(min.orElse("")).append("..").append(max.orElse(""));
        }
        defaultValue.ifPresentOrElse(value -> text.append(", default ").append(value.isEmpty() ? "(empty)" : value),
                () -> text.append(required ? ", required" : ", optional"));
        return text.toString();
    }

    private static Object checkedValue(String key, ParameterType type, String text, Optional<String> min,
            Optional<String> max, List<String> choices) {
        Object value;
        try {
            value = ParameterValues.parse(type, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter " + key + ": " + e.getMessage(), e);
        }
        if (type == ParameterType.CHOICE && !choices.contains(text)) {
            throw new IllegalArgumentException("parameter " + key + ": '" + text + "' is not one of " + choices);
        }
        if (type.bounded()) {
            List<?> items = value instanceof List<?> list ? list : List.of(value);
            for (Object item : items) {
                checkBounds(key, type, item, min, max);
            }
        }
        return value;
    }

    private static void checkBounds(String key, ParameterType type, Object value, Optional<String> min,
            Optional<String> max) {
        if (min.isPresent() && ParameterValues.scalar(type, min.get()).compareTo(value) > 0) {
            throw new IllegalArgumentException("parameter " + key + ": " + shown(value) + " is below the minimum "
                    + min.get());
        }
        if (max.isPresent() && ParameterValues.scalar(type, max.get()).compareTo(value) < 0) {
            throw new IllegalArgumentException("parameter " + key + ": " + shown(value) + " is above the maximum "
                    + max.get());
        }
    }

    private static String shown(Object value) {
        return value instanceof Duration duration ? DurationText.format(duration) : value.toString();
    }
}
