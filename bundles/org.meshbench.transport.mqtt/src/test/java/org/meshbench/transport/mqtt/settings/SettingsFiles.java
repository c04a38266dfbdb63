package org.meshbench.transport.mqtt.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.function.Executable;

/** Helpers for settings tests: write a settings.yml, expect a SettingsException. */
final class SettingsFiles {

    private SettingsFiles() {
    }

    static Path write(Path dir, String... lines) throws IOException {
        return Files.writeString(dir.resolve("settings.yml"), String.join("\n", lines) + "\n");
    }

    /**
     * @param setting the key, flag or file the error must name
     * @param problemPart text the problem must contain
     * @param loading what should fail
     * @return the exception
     */
    static SettingsException assertProblem(String setting, String problemPart, Executable loading) {
        SettingsException error = assertThrows(SettingsException.class, loading);
        assertEquals(setting, error.setting(), error.getMessage());
        assertTrue(error.problem().contains(problemPart), error.getMessage());
        assertEquals(setting + ": " + error.problem(), error.getMessage());
        return error;
    }
}
