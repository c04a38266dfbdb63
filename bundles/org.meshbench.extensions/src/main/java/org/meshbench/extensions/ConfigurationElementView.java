package org.meshbench.extensions;

import java.util.Arrays;
import java.util.List;
import org.eclipse.core.runtime.IConfigurationElement;

/** An {@link IConfigurationElement} as a contribution parser sees it. */
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

    @Override
    public List<ContributionElement> children() {
        return Arrays.stream(element.getChildren()).<ContributionElement>map(ConfigurationElementView::new).toList();
    }

    /** Loads the class through the contributing bundle, which also starts it if it is lazy. */
    @Override
    public Object createInstance(String attribute) throws Exception {
        return element.createExecutableExtension(attribute);
    }
}
