package org.meshbench.testcases.internal.registry;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.meshbench.extensions.ContributionSource;
import org.meshbench.network.NetworkClient;
import org.meshbench.testcases.ParameterDescriptor;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestCaseInfo;

/** A contribution source that tests fill by hand, standing in for the extension registry. */
public final class FakeSource implements ContributionSource<ExtensionContribution> {

    private final List<ExtensionContribution> present = new ArrayList<>();
    private Listener<ExtensionContribution> listener;
    private boolean closed;

    @Override
    public void watch(Listener<ExtensionContribution> changes) {
        listener = changes;
    }

    @Override
    public List<ExtensionContribution> contributions() {
        return List.copyOf(present);
    }

    @Override
    public void close() {
        closed = true;
    }

    /** @return whether the registry closed this source */
    public boolean closed() {
        return closed;
    }

    /** Adds an extension before or after the registry was created (a plug-in being installed). */
    public void install(ExtensionContribution contribution) {
        present.add(contribution);
        if (listener != null) {
            listener.added(List.of(contribution));
        }
    }

    /** Removes an extension (a plug-in being uninstalled). */
    public void uninstall(ExtensionContribution contribution) {
        present.remove(contribution);
        listener.removed(List.of(contribution.key()));
    }

    /** @return one extension of one plug-in */
    public static ExtensionContribution extension(String plugin, TestCaseDeclaration... testCases) {
        return new ExtensionContribution(plugin + "#" + List.of(testCases), plugin, List.of(testCases));
    }

    /** @return a test case in category "Tests" with a 5 s timeout */
    public static TestCaseDeclaration testCase(String id, String plugin, ClassFactory factory,
            ParameterDescriptor... parameters) {
        return testCase(id, plugin, Duration.ofSeconds(5), factory, parameters);
    }

    /** @return a test case in category "Tests" */
    public static TestCaseDeclaration testCase(String id, String plugin, Duration timeout, ClassFactory factory,
            ParameterDescriptor... parameters) {
        return new TestCaseDeclaration(new TestCaseInfo(id, id + " name", id + " description", "Tests", timeout,
                List.of(parameters), plugin), factory);
    }

    /** @return a test case whose instance is the given lambda */
    public static TestCaseDeclaration testCase(String id, TestCase instance) {
        return testCase(id, "plugin.tests", () -> instance);
    }

    /** @return a network client that refuses every call: the runner must only hand it on */
    public static NetworkClient unusedNetwork() {
        return (NetworkClient) Proxy.newProxyInstance(FakeSource.class.getClassLoader(),
                new Class<?>[] {NetworkClient.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName() + " is not expected in this test");
                });
    }
}
