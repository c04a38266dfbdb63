package org.meshbench.decoders.internal.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecoderExtensionPoint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** plugin.xml, the schema and the constants in {@link DecoderExtensionPoint} must agree. */
class ExtensionPointDeclarationTest {

    private static Document read(String file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of(file).toFile());
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
        Element point = elements(read("plugin.xml"), "extension-point").get(0);

        assertEquals(DecoderExtensionPoint.ID, point.getAttribute("id"));
        assertEquals("schema/decoders.exsd", point.getAttribute("schema"));
    }

    @Test
    void schemaNamesThePointAndTheElementsTheParserReads() throws Exception {
        Document schema = read("schema/decoders.exsd");
        List<String> declared = elements(schema, "element").stream().map(e -> e.getAttribute("name")).toList();

        assertEquals(DecoderExtensionPoint.ID, elements(schema, "meta.schema").get(0).getAttribute("id"));
        assertTrue(declared.containsAll(List.of(DecoderExtensionPoint.DECODER, DecoderExtensionPoint.BINDING,
                DecoderExtensionPoint.HEURISTIC)), declared.toString());
    }

    @Test
    void schemaHasEveryDocumentationSection() throws Exception {
        List<String> sections = elements(read("schema/decoders.exsd"), "meta.section").stream()
                .map(e -> e.getAttribute("type")).toList();

        assertTrue(sections.containsAll(List.of("since", "examples", "apiinfo", "implementation")), sections.toString());
    }

    @Test
    void schemaDeclaresEveryAttributeTheParserReads() throws Exception {
        Document schema = read("schema/decoders.exsd");
        List<String> attributes = elements(schema, "attribute").stream().map(e -> e.getAttribute("name")).toList();

        assertTrue(attributes.containsAll(List.of("id", "name", "vendor", "version", "class", "encoder", "decoderId",
                "sourceEndpoint", "destinationEndpoint", "networkAddress", "priority")), attributes.toString());
    }
}
