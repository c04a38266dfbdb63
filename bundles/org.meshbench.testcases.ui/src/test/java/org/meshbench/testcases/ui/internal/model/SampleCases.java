package org.meshbench.testcases.ui.internal.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestCaseRegistry;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.testing.PluginXmlTestCases;

/** Test cases declared in {@code src/test/resources/sample-cases/plugin.xml}, and a registry of them. */
public final class SampleCases {

    /** Released by tests that watch {@link Waits} while it runs. */
    private static volatile CountDownLatch release = new CountDownLatch(1);

    /** Lets {@link Waits} return at once. */
    public static void releaseAll() {
        CountDownLatch previous = release;
        release = new CountDownLatch(0);
        previous.countDown();
    }

    /** Makes {@link Waits} wait until the test calls {@link #releaseAll()} or 5 s passed. */
    public static void holdUntilReleased() {
        release = new CountDownLatch(1);
    }

    private SampleCases() {
    }

    /** @return the declared test cases, with classes from the test class path */
    public static TestCaseRegistry registry() {
        try {
            return PluginXmlTestCases.read(Path.of("src/test/resources/sample-cases/plugin.xml"),
                    SampleCases.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the declaration of a sample test case */
    public static TestCaseInfo info(String id) {
        return registry().testCase(id).orElseThrow();
    }

    /** Logs once per count, records the count and passes. */
    public static final class Measures implements TestCase {
        @Override
        public void run(TestContext context) {
            long count = context.parameters().integer("count");
            for (long i = 0; i < count; i++) {
                context.log().info("step " + i);
            }
            context.metrics().record("latency.p95", 12.5, "ms");
            context.metrics().count("steps", count);
        }
    }

    /** Fails one soft check and one hard check. */
    public static final class Fails implements TestCase {
        @Override
        public void run(TestContext context) {
            context.checks().expect(false, "first problem");
            context.checks().require(false, "second problem");
        }
    }

    /** Logs, then waits for {@link SampleCases#release} at most 5 s. */
    public static final class Waits implements TestCase {
        @Override
        public void run(TestContext context) throws InterruptedException {
            context.log().warning("waiting");
            release.await(5, TimeUnit.SECONDS);
        }
    }
}
