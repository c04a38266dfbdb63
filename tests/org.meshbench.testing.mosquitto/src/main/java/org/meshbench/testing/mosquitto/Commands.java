package org.meshbench.testing.mosquitto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs short external commands (openssl, mosquitto_passwd) with a time limit. */
public final class Commands {
    private static final long TIMEOUT_SECONDS = 30;

    private Commands() {
    }

    /**
     * @param workDir the working directory
     * @param command the command and its arguments
     * @throws IOException if it cannot start, times out or exits non-zero (with its output)
     */
    public static void run(Path workDir, List<String> command) throws IOException {
        Path output = Files.createTempFile(workDir, "command", ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " timed out");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed with exit code " + process.exitValue()
                    + ": " + Files.readString(output, StandardCharsets.UTF_8));
        }
    }

    /**
     * @param name a program name
     * @param fallback where Debian installs it
     * @return the fallback if it exists, else the bare name for a PATH lookup
     */
    public static String program(String name, String fallback) {
        return Files.isExecutable(Path.of(fallback)) ? fallback : name;
    }
}
