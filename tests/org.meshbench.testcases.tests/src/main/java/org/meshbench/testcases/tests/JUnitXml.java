package org.meshbench.testcases.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A JUnit XML report read back, as a CI server reads it. */
final class JUnitXml {

    private final Element root;

    private JUnitXml(Document document) {
        this.root = document.getDocumentElement();
    }

    static JUnitXml read(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new JUnitXml(factory.newDocumentBuilder().parse(file.toFile()));
    }

    Element root() {
        return root;
    }

    /** @return the names of the {@code testsuite} elements, in order */
    List<String> suites() {
        return elements(root, "testsuite").stream().map(suite -> suite.getAttribute("name")).toList();
    }

    /** @return the {@code testcase} element named after a test-case id */
    Element testCase(String id) {
        return elements(root, "testcase").stream().filter(testCase -> testCase.getAttribute("name").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no testcase " + id));
    }

    /** @return the value of a property of a {@code testcase}, e.g. {@code metric.loss} */
    static Optional<String> property(Element testCase, String name) {
        return elements(testCase, "property").stream().filter(property -> property.getAttribute("name").equals(name))
                .map(property -> property.getAttribute("value")).findFirst();
    }

    /** @return the child element of a {@code testcase} that says how it ended, e.g. {@code failure} */
    static Optional<Element> outcome(Element testCase, String name) {
        return elements(testCase, name).stream().findFirst();
    }

    static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
