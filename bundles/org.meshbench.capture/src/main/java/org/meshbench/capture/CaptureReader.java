package org.meshbench.capture;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.meshbench.capture.internal.RecordLayout;

/**
 * Reads a capture file, plain or gzip, message by message. At the first damaged record it stops and
 * {@link #damage()} says where and why; everything before it has been returned. Not thread-safe.
 */
public final class CaptureReader implements AutoCloseable {

    private static final int GZIP_MAGIC = 0x1F8B;
    private static final int BUFFER_SIZE = 1 << 16;

    private final InputStream in;
    private final boolean compressed;
    private long offset = RecordLayout.HEADER_SIZE;
    private long messages;
    private CaptureDamage damage;
    private boolean finished;

    private CaptureReader(InputStream in, boolean compressed) {
        this.in = in;
        this.compressed = compressed;
    }

    /**
     * Opens a capture and checks its header.
     *
     * @param file the file
     * @return the reader, positioned at the first message
     * @throws CaptureFormatException if the file is not a capture of a known version
     * @throws IOException if it cannot be read
     */
    public static CaptureReader open(Path file) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE);
        try {
            raw.mark(2);
            boolean gzip = ((raw.read() << 8) | raw.read()) == GZIP_MAGIC;
            raw.reset();
            InputStream in = gzip ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER_SIZE), BUFFER_SIZE) : raw;
            checkHeader(file, in);
            return new CaptureReader(in, gzip);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static void checkHeader(Path file, InputStream in) throws IOException {
        byte[] header = in.readNBytes(RecordLayout.HEADER_SIZE);
        if (header.length < RecordLayout.HEADER_SIZE
                || !Arrays.equals(header, 0, RecordLayout.MAGIC.length, RecordLayout.MAGIC, 0,
                        RecordLayout.MAGIC.length)) {
            throw new CaptureFormatException(file + " is not a Meshbench capture");
        }
        ByteBuffer fields = ByteBuffer.wrap(header, RecordLayout.MAGIC.length, 4);
        int version = fields.getShort() & 0xFFFF;
        int flags = fields.getShort() & 0xFFFF;
        if (version != RecordLayout.VERSION || flags != 0) {
            throw new CaptureFormatException(file + " is a capture of format version " + version + " (flags "
                    + flags + "); this Meshbench reads version " + RecordLayout.VERSION);
        }
    }

    /** @return whether the file is gzip-compressed */
    public boolean compressed() {
        return compressed;
    }

    /**
     * @return the next message; empty at the end of the file or at damage
     * @throws IOException if the file cannot be read (not for damage, which {@link #damage()} reports)
     */
    public Optional<CapturedMessage> next() throws IOException {
        if (finished) {
            return Optional.empty();
        }
        try {
            byte[] length = in.readNBytes(4);
            if (length.length == 0) {
                finished = true;
                return Optional.empty();
            }
            if (length.length < 4) {
                return stop("truncated: " + length.length + " of 4 length bytes present");
            }
            int bodySize = ByteBuffer.wrap(length).getInt();
            if (bodySize < RecordLayout.FIXED_BODY_SIZE || bodySize > RecordLayout.MAX_BODY_SIZE) {
                return stop("corrupt: record length " + Integer.toUnsignedString(bodySize) + " is out of range");
            }
            byte[] record = in.readNBytes(bodySize + 4);
            if (record.length < bodySize + 4) {
                return stop("truncated: " + (4 + record.length) + " of " + (bodySize + 8) + " bytes present");
            }
            byte[] body = Arrays.copyOf(record, bodySize);
            if (ByteBuffer.wrap(record, bodySize, 4).getInt() != RecordLayout.crc(body)) {
                return stop("corrupt: CRC mismatch");
            }
            CapturedMessage message = RecordLayout.decode(body);
            offset += 8 + bodySize;
            messages++;
            return Optional.of(message);
        } catch (IllegalArgumentException e) {
            return stop("corrupt: " + e.getMessage());
        } catch (EOFException | ZipException e) {
            // GZIPInputStream's way of saying the compressed data ends early or is damaged.
            return stop("compressed data damaged or cut off (" + e.getMessage() + ")");
        }
    }

    private Optional<CapturedMessage> stop(String problem) {
        damage = new CaptureDamage(offset, messages, problem);
        finished = true;
        return Optional.empty();
    }

    /** @return the damage that stopped reading, if {@link #next()} stopped at damage */
    public Optional<CaptureDamage> damage() {
        return Optional.ofNullable(damage);
    }

    /** @return the messages read so far */
    public long messages() {
        return messages;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
