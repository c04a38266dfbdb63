package org.meshbench.decoders.internal.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.meshbench.decoders.DecoderBinding;
import org.meshbench.decoders.DecoderExtensionPoint;
import org.meshbench.decoders.internal.registry.ClassFactory;
import org.meshbench.decoders.internal.registry.DecoderDeclaration;
import org.meshbench.decoders.internal.registry.ExtensionContribution;
import org.meshbench.decoders.internal.registry.HeuristicDeclaration;
import org.meshbench.extensions.ContributionElement;
import org.meshbench.mesh.EndpointPair;

/**
 * Turns the elements of one extension into declarations. An invalid element is skipped and
 * reported with the contributing plug-in's id; the rest of the extension still counts.
 */
public final class ContributionParser {

    private final Consumer<String> problems;

    /** @param problems receives one message per skipped element */
    public ContributionParser(Consumer<String> problems) {
        this.problems = problems;
    }

    /**
     * @param key identifies the extension
     * @param contributorId the contributing plug-in
     * @param elements the extension's top-level elements
     * @return what the valid elements declare
     */
    public ExtensionContribution parse(Object key, String contributorId, List<ContributionElement> elements) {
        List<DecoderDeclaration> decoders = new ArrayList<>();
        List<DecoderBinding> bindings = new ArrayList<>();
        List<HeuristicDeclaration> heuristics = new ArrayList<>();
        for (ContributionElement element : elements) {
            try {
                switch (element.name()) {
                    case DecoderExtensionPoint.DECODER -> decoders.add(decoder(element));
                    case DecoderExtensionPoint.BINDING -> bindings.add(binding(element));
                    case DecoderExtensionPoint.HEURISTIC -> heuristics.add(heuristic(element));
                    default -> throw new InvalidElement("unknown element");
                }
            } catch (InvalidElement e) {
                problems.accept("plug-in " + contributorId + ", extension point "
                        + DecoderExtensionPoint.ID + ": <" + element.name() + "> skipped: " + e.getMessage());
            }
        }
        return new ExtensionContribution(key, contributorId, decoders, bindings, heuristics);
    }

    private static DecoderDeclaration decoder(ContributionElement element) throws InvalidElement {
        String id = required(element, "id");
        String name = required(element, "name");
        required(element, "class");
        ClassFactory decoderClass = () -> element.createInstance("class");
        Optional<ClassFactory> encoderClass = Optional.ofNullable(element.attribute("encoder"))
                .map(ignored -> () -> element.createInstance("encoder"));
        return new DecoderDeclaration(id, name, optional(element, "vendor"), optional(element, "version"),
                decoderClass, encoderClass);
    }

    private static DecoderBinding binding(ContributionElement element) throws InvalidElement {
        String decoderId = required(element, "decoderId");
        EndpointPair endpoints = new EndpointPair(endpoint(element, "sourceEndpoint"),
                endpoint(element, "destinationEndpoint"));
        String network = element.attribute("networkAddress");
        OptionalLong networkAddress = network == null ? OptionalLong.empty()
                : OptionalLong.of(number(network, "networkAddress", 0, 0xFFFFFF));
        return new DecoderBinding(decoderId, endpoints, networkAddress, priority(element));
    }

    private static HeuristicDeclaration heuristic(ContributionElement element) throws InvalidElement {
        return new HeuristicDeclaration(required(element, "decoderId"), priority(element));
    }

    private static int endpoint(ContributionElement element, String attribute) throws InvalidElement {
        return (int) number(required(element, attribute), attribute, 0, 255);
    }

    private static int priority(ContributionElement element) throws InvalidElement {
        String text = element.attribute("priority");
        return text == null ? 0 : (int) number(text, "priority", Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** Accepts decimal and {@code 0x} hexadecimal, since network addresses are often written in hex. */
    private static long number(String text, String attribute, long min, long max) throws InvalidElement {
        String trimmed = text.trim();
        try {
            boolean hex = trimmed.startsWith("0x") || trimmed.startsWith("0X");
            long value = hex ? Long.parseLong(trimmed.substring(2), 16) : Long.parseLong(trimmed);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range value
        }
        throw new InvalidElement(attribute + " '" + text + "' is not a number in " + min + ".." + max);
    }

    private static String required(ContributionElement element, String attribute) throws InvalidElement {
        String value = element.attribute(attribute);
        if (value == null || value.isBlank()) {
            throw new InvalidElement("missing attribute " + attribute);
        }
        return value.trim();
    }

    private static String optional(ContributionElement element, String attribute) {
        String value = element.attribute(attribute);
        return value == null ? "" : value.trim();
    }

    private static final class InvalidElement extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidElement(String message) {
            super(message);
        }
    }
}
