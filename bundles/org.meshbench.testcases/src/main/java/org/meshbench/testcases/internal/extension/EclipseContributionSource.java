package org.meshbench.testcases.internal.extension;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.meshbench.testcases.TestCaseExtensionPoint;
import org.meshbench.testcases.internal.registry.ContributionSource;
import org.meshbench.testcases.internal.registry.ExtensionContribution;

/**
 * Reads test-case contributions from the Eclipse extension registry and reports plug-ins that are
 * installed or removed while the application runs. The extension handle is the key that matches
 * an extension's removal to its addition.
 */
public final class EclipseContributionSource implements ContributionSource, IRegistryEventListener {

    private final IExtensionRegistry registry;
    private final ContributionParser parser;
    private volatile Listener listener;

    /**
     * @param registry the extension registry
     * @param problems receives messages about invalid contributions
     */
    public EclipseContributionSource(IExtensionRegistry registry, Consumer<String> problems) {
        this.registry = registry;
        this.parser = new ContributionParser(problems);
    }

    @Override
    public void watch(Listener changes) {
        listener = changes;
        registry.addListener(this, TestCaseExtensionPoint.ID);
    }

    @Override
    public List<ExtensionContribution> contributions() {
        IExtensionPoint point = registry.getExtensionPoint(TestCaseExtensionPoint.ID);
        return point == null ? List.of() : read(point.getExtensions());
    }

    @Override
    public void close() {
        registry.removeListener(this);
    }

    @Override
    public void added(IExtension[] extensions) {
        listener.added(read(extensions));
    }

    @Override
    public void removed(IExtension[] extensions) {
        listener.removed(List.of((Object[]) extensions));
    }

    /** The point is declared by this bundle, so it cannot come or go while we listen. */
    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        // nothing to do: see the method comment
    }

    /** The point is declared by this bundle, so it cannot come or go while we listen. */
    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        // nothing to do: see the method comment
    }

    private List<ExtensionContribution> read(IExtension[] extensions) {
        return Arrays.stream(extensions).map(this::read).toList();
    }

    private ExtensionContribution read(IExtension extension) {
        List<ContributionElement> elements = Arrays.stream(extension.getConfigurationElements())
                .<ContributionElement>map(ConfigurationElementView::new).toList();
        return parser.parse(extension, extension.getContributor().getName(), elements);
    }
}
