package org.meshbench.transport.mqtt.settings;

import java.util.Objects;

/**
 * Settings could not be read: a key is unknown, a value has the wrong type or range, a file is
 * missing, or settings contradict each other. The message names the setting as the user wrote
 * it (a settings.yml key, a flag, or the file) and never contains a password.
 */
public class SettingsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String problem;

    /**
     * @param setting the key, flag or file the problem is about
     * @param problem what is wrong, without the setting's name
     */
    public SettingsException(String setting, String problem) {
        super(setting + ": " + problem);
        this.setting = Objects.requireNonNull(setting, "setting");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** @return the key, flag or file the problem is about */
    public String setting() {
        return setting;
    }

    /** @return what is wrong */
    public String problem() {
        return problem;
    }
}
