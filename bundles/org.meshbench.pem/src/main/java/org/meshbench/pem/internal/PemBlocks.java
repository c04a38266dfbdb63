package org.meshbench.pem.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The blocks of a PEM file, between {@code -----BEGIN X-----} and {@code -----END X-----}. Text outside
 * the blocks (openssl writes some) is ignored, and a file without blocks, even a binary one, has none.
 */
public final class PemBlocks {
    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    /**
     * One PEM block.
     *
     * @param label the text after BEGIN, e.g. {@code CERTIFICATE}
     * @param hasHeaders whether the block has RFC 1421 headers (legacy key encryption)
     * @param der the decoded body
     */
    public record Block(String label, boolean hasHeaders, byte[] der) {
    }

    private PemBlocks() {
    }

    /**
     * @param file a PEM file
     * @return its blocks in file order
     * @throws IOException if the file cannot be read
     * @throws GeneralSecurityException if a block has no END line or its body is not base64
     */
    public static List<Block> read(Path file) throws IOException, GeneralSecurityException {
        // ISO-8859-1 maps every byte, so a binary file reads as text without blocks.
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(BEGIN) && line.endsWith(DASHES) && line.length() > BEGIN.length() + DASHES.length()) {
                String label = line.substring(BEGIN.length(), line.length() - DASHES.length());
                i = readBody(file, lines, i + 1, label, blocks);
            }
        }
        return blocks;
    }

    /** @return the index of the END line */
    private static int readBody(Path file, List<String> lines, int first, String label, List<Block> blocks)
            throws GeneralSecurityException {
        StringBuilder base64 = new StringBuilder();
        boolean hasHeaders = false;
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(END + label + DASHES)) {
                blocks.add(new Block(label, hasHeaders, decode(file, label, base64)));
                return i;
            }
            if (line.indexOf(':') >= 0) {
                hasHeaders = true;
            } else {
                base64.append(line);
            }
        }
        throw new GeneralSecurityException(file + ": " + label + " block has no END line");
    }

    private static byte[] decode(Path file, String label, CharSequence base64) throws GeneralSecurityException {
        try {
            return Base64.getDecoder().decode(base64.toString());
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException(file + ": " + label + " block is not valid base64", e);
        }
    }
}
