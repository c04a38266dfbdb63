package org.meshbench.ui.services;

/**
 * How views of other bundles find the workbench's connection: while the user is connected (File > Connect… or
 * {@code meshbench demo}), the workbench registers its open {@link org.meshbench.network.NetworkClient} as an OSGi
 * service with {@value #PROPERTY}={@value #WORKBENCH}, and unregisters it before the client closes. A view uses it
 * and never closes it.
 */
public final class SharedConnection {

    /** Service property that marks the workbench's shared client. */
    public static final String PROPERTY = "meshbench.connection";
    /** Value of {@link #PROPERTY} for the workbench's shared client. */
    public static final String WORKBENCH = "workbench";
    /** Service filter of the workbench's shared client, for {@link ServiceFollower}. */
    public static final String FILTER = "(" + PROPERTY + "=" + WORKBENCH + ")";

    private SharedConnection() {
    }
}
