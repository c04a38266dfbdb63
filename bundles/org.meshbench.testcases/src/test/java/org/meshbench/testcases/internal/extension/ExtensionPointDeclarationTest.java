package org.meshbench.testcases.internal.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.meshbench.testcases.ParameterType;
import org.meshbench.testcases.TestCaseExtensionPoint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** plugin.xml, the schema, the parser and the constants in {@link TestCaseExtensionPoint} must agree. */
class ExtensionPointDeclarationTest {

    private static final Path SCHEMA = Path.of("schema/testcases.exsd");

    private static Document read(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagName(name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    @Test
    void pluginXmlDeclaresThePointWithTheSchema() throws Exception {
        Element point = elements(read(Path.of("plugin.xml")), "extension-point").get(0);

        assertEquals(TestCaseExtensionPoint.ID, point.getAttribute("id"));
        assertEquals(SCHEMA.toString(), point.getAttribute("schema"));
    }

    @Test
    void schemaNamesThePointAndItsElements() throws Exception {
        Document schema = read(SCHEMA);
        List<String> declared = elements(schema, "element").stream().map(e -> e.getAttribute("name")).toList();

        assertEquals(TestCaseExtensionPoint.ID, elements(schema, "meta.schema").get(0).getAttribute("id"));
        assertTrue(declared.containsAll(List.of(TestCaseExtensionPoint.TEST_CASE, TestCaseExtensionPoint.PARAMETER)),
                declared.toString());
    }

    @Test
    void schemaHasEveryDocumentationSection() throws Exception {
        List<String> sections = elements(read(SCHEMA), "meta.section").stream()
                .map(e -> e.getAttribute("type")).toList();

        assertTrue(sections.containsAll(List.of("since", "examples", "apiinfo", "implementation")), sections.toString());
    }

    @Test
    void schemaDeclaresEveryAttributeTheParserReads() throws Exception {
        List<String> declared = elements(read(SCHEMA), "attribute").stream().map(e -> e.getAttribute("name")).toList();
        List<String> read = new ArrayList<>();
        for (String source : List.of("ContributionParser.java", "ParameterElements.java")) {
            Matcher attribute = Pattern.compile("(?:(?:required|optional|present)\\(element, |attribute\\()\"(\\w+)\"\\)")
                    .matcher(Files.readString(Path.of("src/main/java/org/meshbench/testcases/internal/extension", source)));
            while (attribute.find()) {
                read.add(attribute.group(1));
            }
        }

        assertTrue(read.size() >= 13, read.toString());
        assertTrue(declared.containsAll(read), "read " + read + ", declared " + declared);
    }

    @Test
    void schemaListsEveryParameterType() throws Exception {
        List<String> enumerated = elements(read(SCHEMA), "enumeration").stream().map(e -> e.getAttribute("value"))
                .toList();

        assertEquals(Arrays.stream(ParameterType.values()).map(ParameterType::declaredName).toList(), enumerated);
    }
}
