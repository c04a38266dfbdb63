package org.meshbench.cli.internal;

import java.util.concurrent.CountDownLatch;

/**
 * Keeps a long-running command (broker, simulator) alive until the process is asked to stop, then closes what
 * it runs from a shutdown hook, so SIGTERM and Ctrl-C end it cleanly (for gateways: OFFLINE is published).
 */
final class UntilStopped {

    private UntilStopped() {
    }

    /**
     * Blocks until the JVM shuts down and {@code resource} has been closed.
     *
     * @param resource what to close on SIGTERM or Ctrl-C
     * @param name     the shutdown thread's name, for thread dumps
     */
    static void await(AutoCloseable resource, String name) {
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("meshbench: stopping " + name + " failed: " + e);
            } finally {
                closed.countDown();
            }
        }, "meshbench-" + name + "-stop"));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
