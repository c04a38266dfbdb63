package org.meshbench.decoders.wirepas.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.DecoderExtensionPoint;
import org.meshbench.decoders.PayloadEncoder;
import org.meshbench.decoders.testing.TestVector;
import org.meshbench.decoders.testing.TestVectorFile;
import org.meshbench.decoders.testing.VectorRunner;
import org.meshbench.mesh.EndpointPair;

/** Every decoder declared in plugin.xml ships vectors, and passes them. */
class BuiltInVectorsTest {

    @Test
    void contributesToTheDecoderExtensionPoint() throws Exception {
        assertEquals(DecoderExtensionPoint.ID, PluginXml.extensionPoint());
    }

    @Test
    void everyDeclaredClassHasTheRightType() throws Exception {
        for (PluginXml.Decoder declared : PluginXml.decoders()) {
            assertInstanceOf(Decoder.class, PluginXml.instantiate(declared.className()), declared.id());
            if (!declared.encoderClassName().isEmpty()) {
                assertInstanceOf(PayloadEncoder.class, PluginXml.instantiate(declared.encoderClassName()), declared.id());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDecoderPassesItsVectors() throws Exception {
        return PluginXml.decoders().stream().map(declared -> DynamicTest.dynamicTest(declared.id(), () -> {
            Path file = TestVectorFile.location(Path.of("."), declared.id());
            assertTrue(Files.exists(file), "missing " + file);
            TestVectorFile vectors = TestVectorFile.read(file);
            assertEquals(declared.id(), vectors.decoderId(), file + " names another decoder");
            VectorRunner.assertPasses((Decoder) PluginXml.instantiate(declared.className()), vectors);
        }));
    }

    @TestFactory
    Stream<DynamicTest> vectorsTravelOnTheBoundEndpoints() throws Exception {
        List<PluginXml.Binding> bindings = PluginXml.bindings();
        return PluginXml.decoders().stream()
                .filter(d -> bindings.stream().anyMatch(b -> b.decoderId().equals(d.id())))
                .map(declared -> DynamicTest.dynamicTest(declared.id(), () -> {
                    List<EndpointPair> bound = bindings.stream().filter(b -> b.decoderId().equals(declared.id()))
                            .map(b -> new EndpointPair(b.source(), b.destination())).toList();
                    for (TestVector vector : TestVectorFile.read(TestVectorFile.location(Path.of("."), declared.id())).vectors()) {
                        assertTrue(bound.contains(vector.endpoints()), vector.name() + " uses " + vector.endpoints());
                    }
                }));
    }
}
