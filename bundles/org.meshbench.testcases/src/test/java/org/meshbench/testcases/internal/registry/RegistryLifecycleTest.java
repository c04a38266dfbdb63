package org.meshbench.testcases.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.testcases.internal.registry.FakeSource.extension;
import static org.meshbench.testcases.internal.registry.FakeSource.testCase;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestCaseCreationException;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestContext;

class RegistryLifecycleTest {

    private static final TestCase PASSES = context -> { };

    private final FakeSource source = new FakeSource();
    private DefaultTestCaseRegistry registry;

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void classIsCreatedOnlyWhenATestRunsAndAnewEachTime() throws Exception {
        AtomicInteger creations = new AtomicInteger();
        source.install(extension("plugin.a", testCase("lazy", "plugin.a", () -> {
            creations.incrementAndGet();
            return new DoesNothing();
        })));
        registry = new DefaultTestCaseRegistry(source);

        assertEquals(List.of("lazy"), registry.testCases().stream().map(TestCaseInfo::id).toList());
        assertEquals(0, creations.get(), "listing test cases must not load plug-in classes");
        assertNotSame(registry.create("lazy"), registry.create("lazy"));
        assertEquals(2, creations.get());
    }

    @Test
    void creationErrorsNameTheTestCaseAndThePlugin() {
        source.install(extension("plugin.broken",
                testCase("missing", "plugin.broken", () -> { throw new ClassNotFoundException("com.example.Gone"); }),
                testCase("wrong", "plugin.broken", () -> "not a test case")));
        registry = new DefaultTestCaseRegistry(source);

        TestCaseCreationException missing = assertThrows(TestCaseCreationException.class,
                () -> registry.create("missing"));
        assertTrue(missing.getMessage().contains("test case missing from plug-in plugin.broken"), missing.getMessage());
        assertInstanceOf(ClassNotFoundException.class, missing.getCause());
        TestCaseCreationException wrong = assertThrows(TestCaseCreationException.class, () -> registry.create("wrong"));
        assertTrue(wrong.getMessage().contains("plug-in plugin.broken") && wrong.getMessage().contains("java.lang.String"),
                wrong.getMessage());
        assertThrows(TestCaseCreationException.class, () -> registry.create("never-installed"));
    }

    @Test
    void pluginsInstalledAndRemovedAtRunTimeAreSeenAndReported() {
        registry = new DefaultTestCaseRegistry(source);
        AtomicInteger changes = new AtomicInteger();
        registry.addListener(changes::incrementAndGet);
        ExtensionContribution late = extension("plugin.late", testCase("late", PASSES));

        source.install(late);
        assertTrue(registry.testCase("late").isPresent());
        source.uninstall(late);
        assertTrue(registry.testCase("late").isEmpty());
        assertEquals(2, changes.get());
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        registry = new DefaultTestCaseRegistry(source);
        AtomicInteger told = new AtomicInteger();
        registry.addListener(() -> { throw new IllegalStateException("listener bug"); });
        registry.addListener(told::incrementAndGet);

        source.install(extension("plugin.a", testCase("a", PASSES)));

        assertEquals(1, told.get());
    }

    @Test
    void secondDeclarationOfAnIdIsIgnored() {
        source.install(extension("plugin.first", testCase("same", "plugin.first", () -> PASSES)));
        source.install(extension("plugin.second", testCase("same", "plugin.second", () -> PASSES)));
        registry = new DefaultTestCaseRegistry(source);

        assertEquals("plugin.first", registry.testCase("same").orElseThrow().contributorId());
        assertEquals(1, registry.testCases().size());
    }

    @Test
    void testCasesAreListedByCategoryThenId() {
        source.install(new ExtensionContribution("key", "plugin.a", List.of(
                declaration("b.two", "Beta"), declaration("a.one", "Beta"), declaration("z.first", "Alpha"))));
        registry = new DefaultTestCaseRegistry(source);

        assertEquals(List.of("z.first", "a.one", "b.two"),
                registry.testCases().stream().map(TestCaseInfo::id).toList());
    }

    @Test
    void closingTheRegistryStopsWatchingPlugins() {
        registry = new DefaultTestCaseRegistry(source);

        registry.close();

        assertTrue(source.closed());
    }

    /** A class rather than a lambda: a lambda without captures may be one shared instance. */
    private static final class DoesNothing implements TestCase {
        @Override
        public void run(TestContext context) {
            context.log().info("ran");
        }
    }

    private static TestCaseDeclaration declaration(String id, String category) {
        return new TestCaseDeclaration(new TestCaseInfo(id, id, "", category, Duration.ofSeconds(1), List.of(),
                "plugin.a"), () -> PASSES);
    }
}
