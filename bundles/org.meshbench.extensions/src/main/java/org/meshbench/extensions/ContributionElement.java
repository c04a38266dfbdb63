package org.meshbench.extensions;

import java.util.List;

/** The little a contribution parser needs from a configuration element; adapts IConfigurationElement or DOM. */
public interface ContributionElement {

    /** @return the element name, e.g. {@code "decoder"} */
    String name();

    /**
     * @param attribute attribute name
     * @return its value, or {@code null} if absent
     */
    String attribute(String attribute);

    /** @return the child elements, in document order */
    List<ContributionElement> children();

    /**
     * @param attribute an attribute that names a class of the contributing plug-in
     * @return a new instance of that class
     * @throws Exception if it cannot be created
     */
    Object createInstance(String attribute) throws Exception;
}
