package org.meshbench.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.Bytes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The scratchpad of the selected sink: status, upload, processing. */
final class OtapCommands {

    private final ShellState state;

    OtapCommands(ShellState state) {
        this.state = state;
    }

    @Command(name = "scratchpad_status", aliases = "scratchpad_check_sink",
            description = "Print the selected sink's stored and processed scratchpads.")
    void status() throws InterruptedException {
        SinkRef sink = state.sink();
        ScratchpadStatusReport report = await(sink, state.client().services().getScratchpadStatus(sink));
        state.out().println(sink + ": stored=" + report.stored().map(Object::toString).orElse("-")
                + " status=" + report.storedStatus().map(Object::toString).orElse("-")
                + " type=" + report.storedType().map(Object::toString).orElse("-")
                + " processed=" + report.processed().map(Object::toString).orElse("-")
                + " firmware_area_id=" + InventoryCommands.text(report.firmwareAreaId()));
    }

    @Command(name = "scratchpad_upload", aliases = "scratchpad_upload_to_sink",
            description = "Upload a scratchpad file to the selected sink (in chunks if the gateway supports "
                    + "them).")
    void upload(@Option(names = "filepath", required = true) Path file,
            @Option(names = "sequence", required = true) long sequence) throws InterruptedException {
        SinkRef sink = state.sink();
        Bytes image;
        try {
            image = Bytes.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ShellException("cannot read " + file + ": " + e.getMessage());
        }
        await(sink, state.client().services().uploadScratchpad(sink, sequence, image, progress -> { }));
        state.out().println(sink + ": uploaded " + image.size() + " bytes as scratchpad " + sequence);
    }

    @Command(name = "scratchpad_update", aliases = "scratchpad_update_only_sink",
            description = "Make the selected sink process its stored scratchpad.")
    void update() throws InterruptedException {
        SinkRef sink = state.sink();
        await(sink, state.client().services().processScratchpad(sink));
        state.out().println(sink + ": processing the stored scratchpad");
    }

    private <T> T await(SinkRef sink, CompletableFuture<T> request) throws InterruptedException {
        try {
            return request.get(state.loopTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new ShellException(sink + ": " + Failures.text(e));
        } finally {
            request.cancel(false);
        }
    }
}
