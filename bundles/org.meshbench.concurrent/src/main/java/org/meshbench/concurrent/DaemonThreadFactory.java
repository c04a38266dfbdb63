package org.meshbench.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes daemon threads named {@code <prefix>-1}, {@code <prefix>-2}, … so that they never keep
 * the JVM up and a thread dump tells whose they are; knows its threads, so that blocking calls can
 * refuse to run on them. Thread-safe.
 *
 * @since 0.1
 */
public final class DaemonThreadFactory implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    /** @param prefix thread name prefix, e.g. {@code meshbench-mqtt-dispatch-<client id>} */
    public DaemonThreadFactory(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new OwnedThread(this, task, prefix + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    /** @return whether the calling thread is one this factory made */
    public boolean ownsCurrentThread() {
        return Thread.currentThread() instanceof OwnedThread thread && thread.owner == this;
    }

    /** Carries its factory instead of a registry of threads, which pools that retire idle threads would grow. */
    private static final class OwnedThread extends Thread {
        private final DaemonThreadFactory owner;

        OwnedThread(DaemonThreadFactory owner, Runnable task, String name) {
            super(task, name);
            this.owner = owner;
        }
    }
}
