package org.meshbench.decoders.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.meshbench.json.JsonParser;
import org.meshbench.json.JsonSyntaxException;

/**
 * The test vectors of one decoder, read from {@code vectors/<decoder-id>.json} (format in the
 * {@linkplain org.meshbench.decoders.testing package description}). Immutable.
 *
 * @param decoderId the decoder the vectors are for
 * @param vectors the vectors, in file order
 * @since 0.1
 */
public record TestVectorFile(String decoderId, List<TestVector> vectors) {

    /** Folder, relative to a bundle's root, that holds the vector files. */
    public static final String FOLDER = "vectors";

    /** Copies the list and rejects {@code null} components. */
    public TestVectorFile {
        Objects.requireNonNull(decoderId, "decoderId");
        vectors = List.copyOf(vectors);
    }

    /**
     * @param bundleRoot the root folder of a bundle
     * @param decoderId a decoder id
     * @return where that bundle keeps the decoder's vectors
     */
    public static Path location(Path bundleRoot, String decoderId) {
        return bundleRoot.resolve(FOLDER).resolve(decoderId + ".json");
    }

    /**
     * @param file a vector file
     * @return its content
     * @throws IOException if the file cannot be read or is not a valid vector file (the message
     *         names the file and the problem)
     */
    public static TestVectorFile read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * @param json the content of a vector file
     * @param source where it came from, for error messages
     * @return the parsed file
     * @throws IOException if it is not a valid vector file
     */
    public static TestVectorFile parse(String json, String source) throws IOException {
        try {
            return VectorParser.file(JsonParser.parse(json));
        } catch (JsonSyntaxException | IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }
}
