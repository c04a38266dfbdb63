package org.meshbench.broker.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The base64 blocks of a PEM file, by label. Text outside the blocks (openssl writes some) is ignored, and
 * a binary file simply has no blocks.
 */
final class PemBlocks {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

    /** A labelled block, for example {@code CERTIFICATE} or {@code PRIVATE KEY}, and its decoded bytes. */
    record Block(String label, byte[] der) {
    }

    private PemBlocks() {
    }

    /**
     * @param file a PEM file
     * @return its blocks in file order
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if a block's body is not base64
     */
    static List<Block> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) {
            blocks.add(new Block(matcher.group(1), Base64.getMimeDecoder().decode(matcher.group(2))));
        }
        return blocks;
    }
}
