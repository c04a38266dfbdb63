package org.meshbench.testcases.internal.registry;

import java.util.List;

/**
 * Where the registry gets test-case contributions: the Eclipse extension registry at run time, a
 * plugin.xml file in test-case authors' unit tests, a fixed list in our tests.
 */
public interface ContributionSource extends AutoCloseable {

    /**
     * Starts reporting changes. Called once, before {@link #contributions()}, so that no change
     * is lost in between; a change reported twice is harmless.
     *
     * @param listener receives extensions added and removed from now on
     */
    void watch(Listener listener);

    /** @return the extensions present now */
    List<ExtensionContribution> contributions();

    /** Stops reporting changes. */
    @Override
    void close();

    /** Receives contribution changes, on whatever thread the source uses. */
    interface Listener {

        /** @param added extensions that appeared */
        void added(List<ExtensionContribution> added);

        /** @param keys keys of extensions that disappeared */
        void removed(List<Object> keys);
    }
}
