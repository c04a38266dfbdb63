package org.meshbench.decoders.internal.extension;

import org.eclipse.core.runtime.IConfigurationElement;

/** Presents an Eclipse configuration element to the {@link ContributionParser}. */
final class ConfigurationElementView implements ContributionElement {

    private final IConfigurationElement element;

    ConfigurationElementView(IConfigurationElement element) {
        this.element = element;
    }

    @Override
    public String name() {
        return element.getName();
    }

    @Override
    public String attribute(String attribute) {
        return element.getAttribute(attribute);
    }

    /** Loads the class through the contributing bundle, which also starts it if it is lazy. */
    @Override
    public Object createInstance(String attribute) throws Exception {
        return element.createExecutableExtension(attribute);
    }
}
