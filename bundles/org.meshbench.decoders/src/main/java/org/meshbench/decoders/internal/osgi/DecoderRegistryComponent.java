package org.meshbench.decoders.internal.osgi;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.meshbench.decoders.DecoderExtensionPoint;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.internal.extension.ContributionParser;
import org.meshbench.decoders.internal.registry.DefaultDecoderRegistry;
import org.meshbench.decoders.internal.registry.RegistryOptions;
import org.meshbench.extensions.EclipseContributionSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Publishes the {@link DecoderRegistry} service, fed by the Eclipse extension registry. All
 * behaviour lives in {@link DefaultDecoderRegistry}; this class only wires it up.
 */
@Component(service = DecoderRegistry.class)
public final class DecoderRegistryComponent extends DefaultDecoderRegistry {

    private static final System.Logger LOGGER = System.getLogger(DecoderRegistryComponent.class.getName());

    /** @param extensionRegistry the Eclipse extension registry service */
    @Activate
    public DecoderRegistryComponent(@Reference IExtensionRegistry extensionRegistry) {
        super(new EclipseContributionSource<>(extensionRegistry, DecoderExtensionPoint.ID, new ContributionParser(
                problem -> LOGGER.log(System.Logger.Level.WARNING, problem))::parse), RegistryOptions.defaults());
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
