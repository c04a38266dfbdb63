package org.meshbench.testcases.internal.extension;

import java.util.Optional;
import org.meshbench.extensions.ContributionElement;

/** Reads attributes of contributed elements, trimmed. */
final class Attributes {

    private Attributes() {
    }

    static String required(ContributionElement element, String attribute) throws InvalidElementException {
        String value = element.attribute(attribute);
        if (value == null || value.isBlank()) {
            throw new InvalidElementException("missing attribute " + attribute);
        }
        return value.trim();
    }

    /** @return the trimmed value, or an empty string when absent */
    static String optional(ContributionElement element, String attribute) {
        return present(element, attribute).orElse("");
    }

    /** @return the trimmed value, or empty when absent or blank */
    static Optional<String> present(ContributionElement element, String attribute) {
        String value = element.attribute(attribute);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
