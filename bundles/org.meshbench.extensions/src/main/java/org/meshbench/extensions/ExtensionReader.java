package org.meshbench.extensions;

import java.util.List;

/**
 * Turns one extension's elements into what the registry keeps. Must not throw for an invalid element: it reports
 * the problem and leaves the element out, so that one bad plug-in cannot hide the others.
 *
 * @param <C> what one extension contributes
 */
@FunctionalInterface
public interface ExtensionReader<C> {

    /**
     * @param key identifies the extension; its removal is reported with the same key
     * @param contributorId the contributing plug-in, for messages
     * @param elements the extension's top-level elements
     * @return what the extension contributes
     */
    C read(Object key, String contributorId, List<ContributionElement> elements);
}
