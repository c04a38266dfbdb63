package org.meshbench.extensions;

import java.util.Arrays;
import java.util.List;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;

/**
 * Reads the contributions to one extension point from the Eclipse extension registry and reports plug-ins that
 * are installed or removed while the application runs. The extension handle is the key that matches an
 * extension's removal to its addition.
 *
 * @param <C> what one extension contributes
 */
public final class EclipseContributionSource<C> implements ContributionSource<C>, IRegistryEventListener {

    private final IExtensionRegistry registry;
    private final String extensionPointId;
    private final ExtensionReader<C> reader;
    private volatile Listener<C> listener;

    /**
     * @param registry         the extension registry
     * @param extensionPointId the full id of a point that the caller's bundle declares
     * @param reader           reads one extension
     */
    public EclipseContributionSource(IExtensionRegistry registry, String extensionPointId, ExtensionReader<C> reader) {
        this.registry = registry;
        this.extensionPointId = extensionPointId;
        this.reader = reader;
    }

    @Override
    public void watch(Listener<C> changes) {
        listener = changes;
        registry.addListener(this, extensionPointId);
    }

    @Override
    public List<C> contributions() {
        IExtensionPoint point = registry.getExtensionPoint(extensionPointId);
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

    /** The point is declared by the caller's bundle, so it cannot come or go while it listens. */
    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        // nothing to do: see the method comment
    }

    /** The point is declared by the caller's bundle, so it cannot come or go while it listens. */
    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        // nothing to do: see the method comment
    }

    private List<C> read(IExtension[] extensions) {
        return Arrays.stream(extensions).map(this::read).toList();
    }

    private C read(IExtension extension) {
        List<ContributionElement> elements = Arrays.stream(extension.getConfigurationElements())
                .<ContributionElement>map(ConfigurationElementView::new).toList();
        return reader.read(extension, extension.getContributor().getName(), elements);
    }
}
