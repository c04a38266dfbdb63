package org.meshbench.testcases.internal.extension;

import java.util.ArrayList;
import java.util.List;
import org.meshbench.extensions.ContributionElement;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An element of a plugin.xml read with the JDK's DOM parser; classes are loaded through a given
 * class loader. Lets test-case authors check their declarations in plain unit tests.
 */
public final class DomElement implements ContributionElement {

    private final Element element;
    private final ClassLoader loader;

    /**
     * @param element the DOM element
     * @param loader loads the classes its attributes name
     */
    public DomElement(Element element, ClassLoader loader) {
        this.element = element;
        this.loader = loader;
    }

    @Override
    public String name() {
        return element.getTagName();
    }

    @Override
    public String attribute(String attribute) {
        return element.hasAttribute(attribute) ? element.getAttribute(attribute) : null;
    }

    @Override
    public List<ContributionElement> children() {
        List<ContributionElement> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                children.add(new DomElement(childElement, loader));
            }
        }
        return children;
    }

    @Override
    public Object createInstance(String attribute) throws Exception {
        return loader.loadClass(attribute(attribute).trim()).getDeclaredConstructor().newInstance();
    }
}
