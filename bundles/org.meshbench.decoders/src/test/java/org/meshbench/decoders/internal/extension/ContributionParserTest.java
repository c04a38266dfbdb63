package org.meshbench.decoders.internal.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecoderBinding;
import org.meshbench.decoders.internal.registry.ExtensionContribution;
import org.meshbench.extensions.ContributionElement;
import org.meshbench.mesh.EndpointPair;

class ContributionParserTest {

    private final List<String> problems = new ArrayList<>();
    private final ContributionParser parser = new ContributionParser(problems::add);

    /** A configuration element made of a name and attributes; creating an instance returns the class name. */
    private record Element(String name, Map<String, String> attributes) implements ContributionElement {
        @Override
        public String attribute(String attribute) {
            return attributes.get(attribute);
        }

        /** Decoder contributions are flat. */
        @Override
        public List<ContributionElement> children() {
            return List.of();
        }

        @Override
        public Object createInstance(String attribute) {
            return "instance of " + attributes.get(attribute);
        }
    }

    private ExtensionContribution parse(Element... elements) {
        return parser.parse("key", "com.example.plugin", List.of(elements));
    }

    @Test
    void readsAllThreeElements() throws Exception {
        ExtensionContribution contribution = parse(
                new Element("decoder", Map.of("id", "d", "name", "D", "class", "com.example.D", "encoder", "com.example.E")),
                new Element("binding", Map.of("decoderId", "d", "sourceEndpoint", "21", "destinationEndpoint", "22",
                        "networkAddress", "0x1AB2C3", "priority", "-3")),
                new Element("heuristic", Map.of("decoderId", "d", "priority", "4")));

        assertEquals("instance of com.example.D", contribution.decoders().get(0).decoderClass().create());
        assertEquals("instance of com.example.E", contribution.decoders().get(0).encoderClass().orElseThrow().create());
        assertEquals("", contribution.decoders().get(0).vendor());
        assertEquals(new DecoderBinding("d", EndpointPair.of(21, 22), OptionalLong.of(0x1AB2C3), -3),
                contribution.bindings().get(0));
        assertEquals(4, contribution.heuristics().get(0).priority());
        assertTrue(problems.isEmpty());
    }

    @Test
    void invalidElementsAreSkippedAndReportedWithThePlugin() {
        ExtensionContribution contribution = parse(
                new Element("decoder", Map.of("id", "d", "class", "com.example.D")),
                new Element("binding", Map.of("decoderId", "d", "sourceEndpoint", "256", "destinationEndpoint", "1")),
                new Element("binding", Map.of("decoderId", "d", "sourceEndpoint", "1", "destinationEndpoint", "x")),
                new Element("binding", Map.of("decoderId", "d", "sourceEndpoint", "1", "destinationEndpoint", "2")),
                new Element("decoderz", Map.of()));

        assertTrue(contribution.decoders().isEmpty());
        assertEquals(1, contribution.bindings().size());
        assertEquals(List.of(
                "plug-in com.example.plugin, extension point org.meshbench.decoders: <decoder> skipped: missing attribute name",
                "plug-in com.example.plugin, extension point org.meshbench.decoders: <binding> skipped: sourceEndpoint '256' is not a number in 0..255",
                "plug-in com.example.plugin, extension point org.meshbench.decoders: <binding> skipped: destinationEndpoint 'x' is not a number in 0..255",
                "plug-in com.example.plugin, extension point org.meshbench.decoders: <decoderz> skipped: unknown element"),
                problems);
    }
}
