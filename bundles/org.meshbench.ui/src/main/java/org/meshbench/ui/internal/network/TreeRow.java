package org.meshbench.ui.internal.network;

/**
 * A row of the network tree. Rows are immutable snapshots: a refresh makes new ones, and the viewer matches them
 * to the old ones by {@link #key()}, so that expansion and selection survive a refresh.
 */
public sealed interface TreeRow permits NetworkRow, GatewayRow, SinkRow {

    /** @return what this row stands for, independent of the values it shows */
    String key();
}
