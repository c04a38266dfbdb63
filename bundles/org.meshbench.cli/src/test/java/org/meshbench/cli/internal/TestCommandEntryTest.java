package org.meshbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code meshbench test} reaches {@link TestCommand}, which looks its services up in the framework. */
class TestCommandEntryTest {

    @Test
    void outsideTheProductTheMissingServicesAreAConnectionError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MeshbenchCommandLine commandLine = new MeshbenchCommandLine(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, commandLine.run("test", "--list"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not running inside the Meshbench product"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageErrorsShowTheTestUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MeshbenchCommandLine commandLine = new MeshbenchCommandLine(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, commandLine.run("test", "--tests", "a"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("meshbench test: --network is required"), text);
        assertTrue(text.contains("exit status: 0 all passed, 1 a test failed or erred, 2 usage or connection error"),
                text);
        assertTrue(text.contains("--settings FILE"), "the broker flags are listed");
    }
}
