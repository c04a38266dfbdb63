package org.meshbench.shell.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Says why a request failed, in one line. */
final class Failures {

    private Failures() {
    }

    static String text(Exception e) {
        if (e instanceof ExecutionException failed && failed.getCause() != null) {
            return "failed: " + failed.getCause().getMessage();
        }
        if (e instanceof TimeoutException) {
            return "no answer within the loop timeout (set_loop_timeout)";
        }
        return "failed: " + e.getMessage();
    }
}
