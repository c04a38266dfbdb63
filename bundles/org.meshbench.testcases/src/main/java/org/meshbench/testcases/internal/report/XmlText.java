package org.meshbench.testcases.internal.report;

/**
 * Makes text safe for XML 1.0, which cannot carry most control characters even escaped; a test
 * log may quote raw payload text. Stateless.
 */
public final class XmlText {

    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /**
     * @param text any text
     * @return the text with every character XML 1.0 forbids replaced by U+FFFD
     */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c) && validPair(text, i);
            out.append(allowed ? c : REPLACEMENT);
        }
        return out.toString();
    }

    private static boolean validPair(String text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
        }
        return index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
    }
}
