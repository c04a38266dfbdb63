package org.meshbench.testcases.internal.registry;

import java.lang.System.Logger.Level;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.meshbench.extensions.ContributionSource;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestCaseCreationException;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestCaseRegistry;
import org.meshbench.testcases.TestCaseRegistryListener;

/**
 * The test-case registry, independent of OSGi. Thread-safe: lookups read an immutable map that is
 * replaced when plug-ins change. If two plug-ins declare the same id, the first one read wins and
 * the second is reported with both plug-ins' ids.
 */
public class DefaultTestCaseRegistry implements TestCaseRegistry, AutoCloseable {

    private static final System.Logger LOGGER = System.getLogger(DefaultTestCaseRegistry.class.getName());
    private static final Comparator<TestCaseInfo> LISTING_ORDER =
            Comparator.comparing(TestCaseInfo::category).thenComparing(TestCaseInfo::id);

    private final ContributionSource<ExtensionContribution> source;
    private final Map<Object, ExtensionContribution> contributions = new LinkedHashMap<>();
    private final List<TestCaseRegistryListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, TestCaseDeclaration> catalog = Map.of();

    /** @param source where contributions come from; closed with this registry */
    public DefaultTestCaseRegistry(ContributionSource<ExtensionContribution> source) {
        this.source = source;
        source.watch(new SourceListener());
        update(source.contributions(), List.of());
    }

    @Override
    public List<TestCaseInfo> testCases() {
        return catalog.values().stream().map(TestCaseDeclaration::info).sorted(LISTING_ORDER).toList();
    }

    @Override
    public Optional<TestCaseInfo> testCase(String id) {
        return Optional.ofNullable(catalog.get(id)).map(TestCaseDeclaration::info);
    }

    @Override
    public TestCase create(String id) throws TestCaseCreationException {
        TestCaseDeclaration declaration = catalog.get(id);
        if (declaration == null) {
            throw new TestCaseCreationException("no test case " + id + " is installed", null);
        }
        String owner = "test case " + id + " from plug-in " + declaration.info().contributorId();
        Object created;
        try {
            created = declaration.testCaseClass().create();
        } catch (Exception | LinkageError e) {
            throw new TestCaseCreationException("cannot create the class of " + owner + ": " + e, e);
        }
        if (!(created instanceof TestCase testCase)) {
            throw new TestCaseCreationException("the class of " + owner + " is a " + created.getClass().getName()
                    + ", not a " + TestCase.class.getName(), null);
        }
        return testCase;
    }

    @Override
    public void addListener(TestCaseRegistryListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(TestCaseRegistryListener listener) {
        listeners.remove(listener);
    }

    /** Stops watching plug-ins. */
    @Override
    public void close() {
        source.close();
    }

    private void update(List<ExtensionContribution> added, List<Object> removedKeys) {
        synchronized (contributions) {
            removedKeys.forEach(contributions::remove);
            added.forEach(contribution -> contributions.put(contribution.key(), contribution));
            Map<String, TestCaseDeclaration> next = new TreeMap<>();
            for (ExtensionContribution contribution : contributions.values()) {
                contribution.testCases().forEach(declaration -> addUnlessTaken(next, declaration));
            }
            catalog = Map.copyOf(next);
        }
        for (TestCaseRegistryListener listener : listeners) {
            try {
                listener.testCasesChanged();
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "test case registry listener " + listener + " failed", e);
            }
        }
    }

    private static void addUnlessTaken(Map<String, TestCaseDeclaration> catalog, TestCaseDeclaration declaration) {
        TestCaseInfo info = declaration.info();
        TestCaseDeclaration existing = catalog.putIfAbsent(info.id(), declaration);
        if (existing != null) {
            LOGGER.log(Level.WARNING, "test case id " + info.id() + " from plug-in " + info.contributorId()
                    + " is already declared by plug-in " + existing.info().contributorId()
                    + "; the second declaration is ignored");
        }
    }

    private final class SourceListener implements ContributionSource.Listener<ExtensionContribution> {
        @Override
        public void added(List<ExtensionContribution> added) {
            update(added, List.of());
        }

        @Override
        public void removed(List<Object> keys) {
            update(List.of(), keys);
        }
    }
}
