package org.meshbench.transport.mqtt.internal;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Generates MQTT client ids. */
public final class ClientIds {
    private static final int RANDOM_HEX_DIGITS = 12;

    private ClientIds() {
    }

    /**
     * @param prefix text before the random part
     * @return the prefix and 12 random hex digits; with {@code meshbench-} this stays within
     *         the 23 characters every MQTT 3.1.1 broker must accept
     */
    public static String generate(String prefix) {
        String hex = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        return prefix + hex.substring(0, RANDOM_HEX_DIGITS);
    }
}
