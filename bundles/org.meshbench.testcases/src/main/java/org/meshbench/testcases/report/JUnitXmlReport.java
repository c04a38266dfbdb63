package org.meshbench.testcases.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.run.RunReport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a run as JUnit XML: a {@code testsuites} root, one {@code testsuite} per category (named
 * after it, in order of first appearance), one {@code testcase} per test (name = test-case id,
 * classname = category) with its parameters ({@code parameter.<key>}) and metrics
 * ({@code metric.<name>}, value followed by the unit) as {@code properties}, a {@code failure},
 * {@code error} or {@code skipped} element by status, and the log as {@code system-out}.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class JUnitXmlReport {

    private JUnitXmlReport() {
    }

    /**
     * @param report the run
     * @param file where to write; parent folders are created
     * @throws IOException if the file cannot be written
     */
    public static void write(RunReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, out);
        }
    }

    /**
     * @param report the run
     * @param out receives UTF-8 XML; not closed
     * @throws IOException if writing fails
     */
    public static void write(RunReport report, OutputStream out) throws IOException {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            document.appendChild(suites(document, report));
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static Element suites(Document document, RunReport report) {
        Element root = document.createElement("testsuites");
        root.setAttribute("name", "meshbench test");
        Counts.of(report.results()).applyTo(root);
        root.setAttribute("time", Counts.seconds(report.duration()));
        root.setAttribute("timestamp", Counts.timestamp(report.startedAt()));
        Map<String, List<TestResult>> byCategory = new LinkedHashMap<>();
        report.results().forEach(result -> byCategory.computeIfAbsent(result.testCase().category(),
                category -> new ArrayList<>()).add(result));
        byCategory.forEach((category, results) -> root.appendChild(
                new SuiteElement(document, report.target()).suite(category, results)));
        return root;
    }
}
