package org.meshbench.testcases.internal.osgi;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.meshbench.extensions.EclipseContributionSource;
import org.meshbench.testcases.TestCaseExtensionPoint;
import org.meshbench.testcases.TestCaseRegistry;
import org.meshbench.testcases.internal.extension.ContributionParser;
import org.meshbench.testcases.internal.registry.DefaultTestCaseRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Publishes the {@link TestCaseRegistry} service, fed by the Eclipse extension registry. All
 * behaviour lives in {@link DefaultTestCaseRegistry}; this class only wires it up.
 */
@Component(service = TestCaseRegistry.class)
public final class TestCaseRegistryComponent extends DefaultTestCaseRegistry {

    private static final System.Logger LOGGER = System.getLogger(TestCaseRegistryComponent.class.getName());

    /** @param extensionRegistry the Eclipse extension registry service */
    @Activate
    public TestCaseRegistryComponent(@Reference IExtensionRegistry extensionRegistry) {
        super(new EclipseContributionSource<>(extensionRegistry, TestCaseExtensionPoint.ID, new ContributionParser(
                problem -> LOGGER.log(System.Logger.Level.WARNING, problem))::parse));
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
