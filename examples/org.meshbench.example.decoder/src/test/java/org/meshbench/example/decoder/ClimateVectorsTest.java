package org.meshbench.example.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.testing.TestVectorFile;
import org.meshbench.decoders.testing.VectorRunner;

/** Runs the vectors this plug-in ships with Meshbench's test helper, as anyone can after installing it. */
class ClimateVectorsTest {

    static final String DECODER_ID = "org.meshbench.example.decoder.climate";

    /** Surefire runs in the bundle folder, so this is the file the plug-in ships. */
    static TestVectorFile vectors() throws IOException {
        return TestVectorFile.read(TestVectorFile.location(Path.of("."), DECODER_ID));
    }

    @Test
    void decoderPassesItsVectors() throws IOException {
        TestVectorFile vectors = vectors();
        assertEquals(DECODER_ID, vectors.decoderId());
        VectorRunner.assertPasses(new ClimateDecoder(), vectors);
    }
}
