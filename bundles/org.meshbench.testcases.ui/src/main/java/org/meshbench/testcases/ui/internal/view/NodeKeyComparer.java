package org.meshbench.testcases.ui.internal.view;

import org.eclipse.jface.viewers.IElementComparer;
import org.meshbench.testcases.ui.internal.model.ResultNode;

/**
 * Matches results-tree elements by {@link ResultNode#key()}, so that a refresh with a new snapshot
 * keeps what is expanded and selected.
 */
final class NodeKeyComparer implements IElementComparer {

    @Override
    public boolean equals(Object a, Object b) {
        return a instanceof ResultNode first && b instanceof ResultNode second ? first.key().equals(second.key())
                : a.equals(b);
    }

    @Override
    public int hashCode(Object element) {
        return element instanceof ResultNode node ? node.key().hashCode() : element.hashCode();
    }
}
