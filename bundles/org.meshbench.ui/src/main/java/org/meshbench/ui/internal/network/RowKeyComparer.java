package org.meshbench.ui.internal.network;

import org.eclipse.jface.viewers.IElementComparer;

/** Matches rows of successive snapshots by what they stand for, so a refresh keeps expansion and selection. */
final class RowKeyComparer implements IElementComparer {

    @Override
    public boolean equals(Object a, Object b) {
        if (a instanceof TreeRow rowA && b instanceof TreeRow rowB) {
            return rowA.key().equals(rowB.key());
        }
        return a == b;
    }

    @Override
    public int hashCode(Object element) {
        return element instanceof TreeRow row ? row.key().hashCode() : System.identityHashCode(element);
    }
}
