package org.meshbench.testcases.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.meshbench.extensions.ContributionElement;
import org.meshbench.extensions.ContributionSource;
import org.meshbench.testcases.TestCaseExtensionPoint;
import org.meshbench.testcases.TestCaseRegistry;
import org.meshbench.testcases.internal.extension.ContributionParser;
import org.meshbench.testcases.internal.extension.DomElement;
import org.meshbench.testcases.internal.registry.DefaultTestCaseRegistry;
import org.meshbench.testcases.internal.registry.ExtensionContribution;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the {@value TestCaseExtensionPoint#ID} contributions of a plugin.xml into a
 * {@link TestCaseRegistry}, the way the workbench would, but without OSGi. Unlike the workbench,
 * which skips and logs an invalid declaration, this fails on the first one, so that a unit test
 * catches it. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PluginXmlTestCases {

    private PluginXmlTestCases() {
    }

    /**
     * @param pluginXml the plugin.xml, e.g. {@code Path.of("plugin.xml")} in a bundle's unit test
     * @param loader loads the test-case classes, e.g. the test class's own class loader
     * @return a registry of the declared test cases; its contributor id is the file name's folder
     * @throws IOException if the file cannot be read or parsed
     * @throws IllegalArgumentException naming every invalid declaration
     */
    public static TestCaseRegistry read(Path pluginXml, ClassLoader loader) throws IOException {
        Document document = parse(pluginXml);
        Path folder = pluginXml.toAbsolutePath().getParent();
        String contributor = folder == null ? pluginXml.toString() : folder.getFileName().toString();
        List<String> problems = new ArrayList<>();
        ContributionParser parser = new ContributionParser(problems::add);
        List<ExtensionContribution> contributions = new ArrayList<>();
        NodeList extensions = document.getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            Element extension = (Element) extensions.item(i);
            if (TestCaseExtensionPoint.ID.equals(extension.getAttribute("point"))) {
                List<ContributionElement> elements = new DomElement(extension, loader).children();
                contributions.add(parser.parse(pluginXml + "#" + i, contributor, elements));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new DefaultTestCaseRegistry(new FixedSource(contributions));
    }

    private static Document parse(Path pluginXml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pluginXml.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot parse " + pluginXml + ": " + e.getMessage(), e);
        }
    }

    /** Contributions that never change. */
    private record FixedSource(List<ExtensionContribution> contributions) implements ContributionSource<ExtensionContribution> {

        @Override
        public void watch(Listener<ExtensionContribution> listener) {
            // a file read once does not change
        }

        @Override
        public void close() {
            // nothing is watched
        }
    }
}
