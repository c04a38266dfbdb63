package org.meshbench.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class DaemonThreadFactoryTest {

    @Test
    void numbersDaemonThreadsAfterThePrefix() {
        DaemonThreadFactory factory = new DaemonThreadFactory("meshbench-test");

        Thread first = factory.newThread(() -> { });
        Thread second = factory.newThread(() -> { });

        assertEquals("meshbench-test-1", first.getName());
        assertEquals("meshbench-test-2", second.getName());
        assertTrue(first.isDaemon() && second.isDaemon());
    }

    @Test
    void knowsItsOwnThreads() throws Exception {
        DaemonThreadFactory factory = new DaemonThreadFactory("meshbench-test");
        ExecutorService pool = Executors.newSingleThreadExecutor(factory);
        try {
            assertTrue(pool.submit(factory::ownsCurrentThread).get());
            assertFalse(factory.ownsCurrentThread());
        } finally {
            pool.shutdownNow();
        }
    }
}
