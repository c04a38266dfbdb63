package org.meshbench.transport.mqtt.internal.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads PEM files: the blocks between {@code -----BEGIN X-----} and {@code -----END X-----}. */
public final class PemFiles {
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
    record Block(String label, boolean hasHeaders, byte[] der) {
    }

    private PemFiles() {
    }

    /**
     * @param file a PEM file with one or more certificates (other blocks are skipped)
     * @return the certificates, in file order
     * @throws IOException if the file cannot be read
     * @throws GeneralSecurityException if it holds no certificate or a broken one
     */
    public static List<X509Certificate> readCertificates(Path file)
            throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        for (Block block : read(file)) {
            if (block.label().equals("CERTIFICATE")) {
                certificates.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(block.der())));
            }
        }
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException(file + ": no PEM certificate found");
        }
        return certificates;
    }

    static List<Block> read(Path file) throws IOException, GeneralSecurityException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(BEGIN) && line.endsWith(DASHES)) {
                String label = line.substring(BEGIN.length(), line.length() - DASHES.length());
                i = readBody(file, lines, i + 1, label, blocks);
            }
        }
        if (blocks.isEmpty()) {
            throw new GeneralSecurityException(file + ": not a PEM file (no BEGIN line)");
        }
        return blocks;
    }

    /** @return the index of the END line */
    private static int readBody(Path file, List<String> lines, int first, String label,
            List<Block> blocks) throws GeneralSecurityException {
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

    private static byte[] decode(Path file, String label, CharSequence base64)
            throws GeneralSecurityException {
        try {
            return Base64.getDecoder().decode(base64.toString());
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException(file + ": " + label + " block is not valid base64", e);
        }
    }
}
