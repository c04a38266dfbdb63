package org.meshbench.testcases;

/**
 * Parameter values do not fit their declarations: an unknown key, a missing required value, a
 * value of the wrong type or out of bounds. The message names every offending key.
 *
 * @since 0.1
 */
public class ParameterException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong */
    public ParameterException(String message) {
        super(message);
    }
}
