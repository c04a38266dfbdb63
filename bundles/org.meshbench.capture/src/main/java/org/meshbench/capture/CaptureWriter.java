package org.meshbench.capture;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.meshbench.capture.internal.RecordLayout;

/**
 * Writes a capture file, message by message. Records are buffered; {@link #flush()} pushes them to the file
 * (for gzip, with a sync flush, so that the file decompresses up to there even if the process dies). A file
 * cut off at any moment reads up to its last complete record. Thread-safe.
 */
public final class CaptureWriter implements AutoCloseable {

    private static final int BUFFER_SIZE = 1 << 18;

    private final OutputStream out;
    private final Path file;
    private long messages;
    private boolean closed;

    private CaptureWriter(OutputStream out, Path file) {
        this.out = out;
        this.file = file;
    }

    /**
     * Creates (or replaces) a capture file and writes its header.
     *
     * @param file the file
     * @param compress whether to gzip it
     * @return the writer
     * @throws IOException if the file cannot be written
     */
    public static CaptureWriter create(Path file, boolean compress) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        try {
            // Buffered in front of the compressor too: it costs a native call per write.
            OutputStream out = new BufferedOutputStream(compress ? new GZIPOutputStream(stream, BUFFER_SIZE, true)
                    : stream, BUFFER_SIZE);
            out.write(RecordLayout.header());
            return new CaptureWriter(out, file);
        } catch (IOException e) {
            stream.close();
            throw e;
        }
    }

    /** @return the file written */
    public Path file() {
        return file;
    }

    /**
     * @param message the message to append
     * @throws IOException if writing fails or the writer is closed
     */
    public synchronized void write(CapturedMessage message) throws IOException {
        if (closed) {
            throw new IOException("capture " + file + " is closed");
        }
        out.write(RecordLayout.encode(message));
        messages++;
    }

    /** @return the messages written so far */
    public synchronized long messages() {
        return messages;
    }

    /**
     * Pushes the buffered records to the file.
     *
     * @throws IOException if writing fails
     */
    public synchronized void flush() throws IOException {
        if (!closed) {
            out.flush();
        }
    }

    /** Writes what is buffered and closes the file; closing twice has no effect. */
    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }
}
