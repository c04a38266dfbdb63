package org.meshbench.testcases.internal.extension;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.meshbench.extensions.ContributionElement;
import org.meshbench.testcases.ParameterDescriptor;
import org.meshbench.testcases.ParameterType;

/** Reads a {@code parameter} element; {@link ParameterDescriptor} checks its consistency. */
final class ParameterElements {

    private ParameterElements() {
    }

    /**
     * @param element a {@code parameter} element
     * @return its declaration
     * @throws InvalidElementException if an attribute is missing or unreadable
     * @throws IllegalArgumentException if the declaration is inconsistent
     */
    static ParameterDescriptor descriptor(ContributionElement element) throws InvalidElementException {
        String key = Attributes.required(element, "key");
        String typeName = Attributes.required(element, "type");
        ParameterType type = ParameterType.byDeclaredName(typeName).orElseThrow(() -> new InvalidElementException(
                "parameter " + key + ": unknown type " + typeName));
        // A default may be empty on purpose (an empty list), so it is not trimmed away.
        Optional<String> defaultValue = Optional.ofNullable(element.attribute("default"));
        return new ParameterDescriptor(key, Attributes.present(element, "name").orElse(key),
                Attributes.optional(element, "description"), type, defaultValue, required(element, key),
                Attributes.present(element, "min"), Attributes.present(element, "max"), choices(element));
    }

    private static boolean required(ContributionElement element, String key) throws InvalidElementException {
        String text = Attributes.optional(element, "required");
        return switch (text) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw new InvalidElementException("parameter " + key + ": required must be true or false");
        };
    }

    private static List<String> choices(ContributionElement element) {
        return Attributes.present(element, "choices").map(text -> Arrays.stream(text.split(","))
                .map(String::trim).filter(choice -> !choice.isEmpty()).toList()).orElse(List.of());
    }
}
