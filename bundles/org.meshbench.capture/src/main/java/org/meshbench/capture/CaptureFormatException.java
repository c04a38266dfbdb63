package org.meshbench.capture;

import java.io.IOException;

/** A file is not a capture, or a capture of a format version this reader does not know. */
public class CaptureFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong */
    public CaptureFormatException(String message) {
        super(message);
    }
}
