package org.meshbench.testcases.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Writes a report and reads it back with the JDK's parser, as a CI server would. */
class JUnitXmlReportTest {

    private Element root;

    @BeforeEach
    void writeAndParse() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JUnitXmlReport.write(Reports.mixedRun(), out);
        root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray())).getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), name + " under " + parent.getTagName());
        return found.get(0);
    }

    private static Map<String, String> properties(Element parent) {
        Map<String, String> properties = new LinkedHashMap<>();
        children(only(parent, "properties"), "property").forEach(p -> properties.put(p.getAttribute("name"),
                p.getAttribute("value")));
        return properties;
    }

    @Test
    void rootCountsEveryStatus() {
        assertEquals("testsuites", root.getTagName());
        assertEquals("4", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        assertEquals("1", root.getAttribute("errors"));
        assertEquals("1", root.getAttribute("skipped"));
        assertEquals("4.321", root.getAttribute("time"));
        assertEquals("2026-03-01T10:15:30", root.getAttribute("timestamp"));
    }

    @Test
    void oneSuitePerCategoryInOrderOfAppearance() {
        List<Element> suites = children(root, "testsuite");

        assertEquals(List.of("Inventory", "Data path", "Configuration"),
                suites.stream().map(s -> s.getAttribute("name")).toList());
        Element dataPath = suites.get(1);
        assertEquals("2", dataPath.getAttribute("tests"));
        assertEquals("1", dataPath.getAttribute("failures"));
        assertEquals("1", dataPath.getAttribute("errors"));
        assertEquals("3.000", dataPath.getAttribute("time"));
        assertEquals(Map.of("network", "1749699", "gateways", "gw1,gw2"), properties(dataPath));
        assertEquals(List.of("meshbench.echo", "meshbench.soak"),
                children(dataPath, "testcase").stream().map(c -> c.getAttribute("name")).toList());
    }

    @Test
    void caseCarriesParametersAndMetricsAsProperties() {
        Element echo = children(children(root, "testsuite").get(1), "testcase").get(0);

        assertEquals("Data path", echo.getAttribute("classname"));
        assertEquals("1.500", echo.getAttribute("time"));
        assertEquals(Map.of("name", "meshbench.echo name", "parameter.count", "20", "metric.latency.p95", "41.25 ms",
                "metric.loss", "12.5 %"), properties(echo));
    }

    @Test
    void statusBecomesFailureErrorOrSkipped() {
        List<Element> suites = children(root, "testsuite");
        Element passed = only(suites.get(0), "testcase");
        Element failed = children(suites.get(1), "testcase").get(0);
        Element erred = children(suites.get(1), "testcase").get(1);
        Element skipped = only(suites.get(2), "testcase");

        assertTrue(children(passed, "failure").isEmpty() && children(passed, "error").isEmpty()
                && children(passed, "skipped").isEmpty());
        Element failure = only(failed, "failure");
        assertEquals("loss 12.5 % is above 5 %", failure.getAttribute("message"));
        assertEquals("loss 12.5 % is above 5 %\nnode 42 never answered", failure.getTextContent());
        Element error = only(erred, "error");
        assertEquals("timed out after 10m", error.getAttribute("message"));
        assertTrue(error.getTextContent().contains("at Soak.run"));
        assertEquals("no gateway has CONFIGURATION_DATA_V1", only(skipped, "skipped").getAttribute("message"));
    }

    @Test
    void logBecomesSystemOutWithForbiddenCharactersReplaced() {
        Element passed = only(children(root, "testsuite").get(0), "testcase");

        String out = only(passed, "system-out").getTextContent();
        assertEquals("2026-03-01T10:15:30.250Z INFO meshbench.inventory started\n"
                + "2026-03-01T10:15:31.250Z ERROR payload \uFFFD\uFFFD <&> quoted\n", out);
    }

    @Test
    void writesAFileCreatingItsFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reports/junit.xml");

        JUnitXmlReport.write(Reports.mixedRun(), file);

        assertTrue(Files.readString(file).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""));
    }
}
