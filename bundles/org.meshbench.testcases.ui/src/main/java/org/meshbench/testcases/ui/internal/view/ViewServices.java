package org.meshbench.testcases.ui.internal.view;

import java.util.Optional;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.testcases.TestCaseRegistry;
import org.meshbench.testcases.TestCaseRegistryListener;
import org.meshbench.testcases.run.RunnerOptions;
import org.meshbench.testcases.run.TestRunner;
import org.meshbench.ui.services.ServiceFollower;
import org.osgi.framework.BundleContext;

/**
 * The OSGi services the view follows while it is open: the test-case registry (and, through it,
 * plug-ins coming and going) and the decoders test cases decode packets with. Callbacks run on
 * whichever thread changed a service.
 */
final class ViewServices implements AutoCloseable {

    private final ServiceFollower<TestCaseRegistry> registries;
    private final ServiceFollower<DecoderRegistry> decoders;
    private final TestCaseRegistryListener pluginsChanged;
    private TestCaseRegistry listened; // UI thread only

    /**
     * @param context the view bundle's context
     * @param catalogChanged told when the registry or its test cases change
     */
    ViewServices(BundleContext context, Runnable catalogChanged) {
        registries = new ServiceFollower<>(context, TestCaseRegistry.class, catalogChanged);
        decoders = new ServiceFollower<>(context, DecoderRegistry.class, () -> { }); // read when a run starts
        pluginsChanged = catalogChanged::run;
    }

    /** Starts following; services already there are reported at once. */
    void open() {
        registries.open();
        decoders.open();
    }

    /**
     * The current registry, from now on listened to for plug-ins coming and going. UI thread only.
     *
     * @return the registry, if there is one
     */
    Optional<TestCaseRegistry> registry() {
        Optional<TestCaseRegistry> current = registries.current();
        if (current.orElse(null) != listened) {
            stopListening();
            listened = current.orElse(null);
            current.ifPresent(registry -> registry.addListener(pluginsChanged));
        }
        return current;
    }

    /**
     * A runner for the current registry, whose tests decode packets with the installed decoders. UI thread only.
     *
     * @return the runner, if there is a registry
     */
    Optional<TestRunner> runner() {
        return registry().map(registry -> decoders.current()
                .map(installed -> new TestRunner(registry, RunnerOptions.defaults(), installed))
                .orElseGet(() -> new TestRunner(registry)));
    }

    @Override
    public void close() {
        stopListening();
        decoders.close();
        registries.close();
    }

    private void stopListening() {
        if (listened != null) {
            listened.removeListener(pluginsChanged);
            listened = null;
        }
    }
}
