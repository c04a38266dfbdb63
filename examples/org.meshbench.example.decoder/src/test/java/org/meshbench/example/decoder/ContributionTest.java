package org.meshbench.example.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.DecoderExtensionPoint;
import org.meshbench.decoders.PayloadEncoder;
import org.meshbench.decoders.testing.TestVector;
import org.meshbench.mesh.EndpointPair;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** plugin.xml declares what the classes and the vectors assume. */
class ContributionTest {

    private static Element element(String name) throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("plugin.xml").toFile());
        return (Element) plugin.getElementsByTagName(name).item(0);
    }

    @Test
    void contributesToMeshbenchsDecoderExtensionPoint() throws Exception {
        assertEquals(DecoderExtensionPoint.ID, element("extension").getAttribute("point"));
    }

    @Test
    void declaresTheDecoderAndEncoderClasses() throws Exception {
        Element decoder = element(DecoderExtensionPoint.DECODER);
        assertEquals(ClimateVectorsTest.DECODER_ID, decoder.getAttribute("id"));
        assertInstanceOf(Decoder.class, Class.forName(decoder.getAttribute("class")).getConstructor().newInstance());
        assertInstanceOf(PayloadEncoder.class,
                Class.forName(decoder.getAttribute("encoder")).getConstructor().newInstance());
    }

    @Test
    void vectorsTravelOnTheBoundEndpoints() throws Exception {
        Element binding = element(DecoderExtensionPoint.BINDING);
        assertEquals(ClimateVectorsTest.DECODER_ID, binding.getAttribute("decoderId"));
        EndpointPair bound = EndpointPair.of(Integer.parseInt(binding.getAttribute("sourceEndpoint")),
                Integer.parseInt(binding.getAttribute("destinationEndpoint")));
        for (TestVector vector : ClimateVectorsTest.vectors().vectors()) {
            assertEquals(bound, vector.endpoints(), vector.name());
        }
    }
}
