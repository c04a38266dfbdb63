package org.meshbench.broker.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moquette logs each step of every start and stop at INFO, through SLF4J to java.util.logging. The API
 * reports starts and failures itself, so by default only Moquette's warnings and errors pass; a level set
 * for {@code io.moquette} in the logging configuration wins.
 */
final class MoquetteLogging {

    /** Held so that the level stays: java.util.logging forgets the settings of loggers nobody references. */
    private static final Logger MOQUETTE = Logger.getLogger("io.moquette");

    private MoquetteLogging() {
    }

    static synchronized void keepInfoQuiet() {
        if (MOQUETTE.getLevel() == null) {
            MOQUETTE.setLevel(Level.WARNING);
        }
    }
}
