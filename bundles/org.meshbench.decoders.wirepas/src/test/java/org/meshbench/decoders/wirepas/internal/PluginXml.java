package org.meshbench.decoders.wirepas.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads this bundle's plugin.xml the way a test needs it: decoders and their bindings. */
final class PluginXml {

    static final Path FILE = Path.of("plugin.xml");

    private PluginXml() {
    }

    record Decoder(String id, String className, String encoderClassName) {
    }

    record Binding(String decoderId, int source, int destination) {
    }

    static String extensionPoint() throws Exception {
        return elements("extension").get(0).getAttribute("point");
    }

    static List<Decoder> decoders() throws Exception {
        List<Decoder> decoders = new ArrayList<>();
        for (Element e : elements("decoder")) {
            decoders.add(new Decoder(e.getAttribute("id"), e.getAttribute("class"), e.getAttribute("encoder")));
        }
        return decoders;
    }

    static List<Binding> bindings() throws Exception {
        List<Binding> bindings = new ArrayList<>();
        for (Element e : elements("binding")) {
            bindings.add(new Binding(e.getAttribute("decoderId"), Integer.parseInt(e.getAttribute("sourceEndpoint")),
                    Integer.parseInt(e.getAttribute("destinationEndpoint"))));
        }
        return bindings;
    }

    static Object instantiate(String className) throws ReflectiveOperationException {
        return Class.forName(className).getConstructor().newInstance();
    }

    private static List<Element> elements(String name) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(FILE.toFile())
                .getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
