package org.meshbench.network.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names a client's threads after the client and makes them daemons, so they never block exit;
 * remembers them, so that blocking calls can refuse to run on them.
 */
final class DaemonThreads implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();
    private final Set<Thread> created = ConcurrentHashMap.newKeySet();

    DaemonThreads(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        created.add(thread);
        return thread;
    }

    /** @return whether the calling thread is one of these */
    boolean ownsCurrentThread() {
        return created.contains(Thread.currentThread());
    }
}
