package org.meshbench.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.meshbench.json.JsonParser;
import org.meshbench.json.JsonSyntaxException;
import org.meshbench.json.JsonValue;
import org.meshbench.protocol.value.Bytes;

/**
 * The interoperability vectors produced with the official Python codec (see the README next to
 * the file). Loaded by path relative to the bundle folder, which is surefire's working directory.
 */
final class OfficialVectors {

    static final Path FILE = Path.of("src/test/resources/vectors/official-codec-vectors.jsonl");
    static final int COUNT = 36;

    /** One line of the file. */
    record Vector(String name, String topic, Bytes payload, JsonValue json) {
    }

    private OfficialVectors() {
    }

    static List<Vector> load() {
        try {
            List<Vector> vectors = new ArrayList<>();
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    vectors.add(vector((JsonValue.JsonObject) JsonParser.parse(line)));
                }
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE.toAbsolutePath(), e);
        } catch (JsonSyntaxException e) {
            throw new IllegalStateException(FILE + " is not JSON lines", e);
        }
    }

    private static Vector vector(JsonValue.JsonObject line) {
        return new Vector(text(line, "name"), text(line, "topic"), Bytes.fromHex(text(line, "hex")),
                line.members().get("json"));
    }

    private static String text(JsonValue.JsonObject line, String member) {
        return ((JsonValue.JsonString) line.members().get(member)).value();
    }
}
