package org.meshbench.extensions;

import java.util.List;

/**
 * Where a registry gets its contributions: the Eclipse extension registry at run time, a plugin.xml file in
 * plug-in authors' unit tests, a fixed list in tests.
 *
 * @param <C> what one extension contributes, as the registry's parser reads it
 */
public interface ContributionSource<C> extends AutoCloseable {

    /**
     * Starts reporting changes. Called once, before {@link #contributions()}, so that no change
     * is lost in between; a change reported twice is harmless.
     *
     * @param listener receives extensions added and removed from now on
     */
    void watch(Listener<C> listener);

    /** @return the extensions present now */
    List<C> contributions();

    /** Stops reporting changes. */
    @Override
    void close();

    /**
     * Receives contribution changes, on whatever thread the source uses.
     *
     * @param <C> what one extension contributes
     */
    interface Listener<C> {

        /** @param added extensions that appeared */
        void added(List<C> added);

        /** @param keys keys of extensions that disappeared, as given to the {@link ExtensionReader} */
        void removed(List<Object> keys);
    }
}
