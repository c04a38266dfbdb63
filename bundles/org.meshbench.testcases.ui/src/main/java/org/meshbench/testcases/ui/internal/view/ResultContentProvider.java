package org.meshbench.testcases.ui.internal.view;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.meshbench.testcases.ui.internal.model.ResultNode;
import org.meshbench.testcases.ui.internal.model.ResultTree;

/** The results tree of {@link ResultTree}; the input is a {@link ResultInput}. */
final class ResultContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return ResultTree.roots(((ResultInput) input).rows()).toArray();
    }

    @Override
    public Object[] getChildren(Object element) {
        return ResultTree.children((ResultNode) element).toArray();
    }

    @Override
    public Object getParent(Object element) {
        return null; // only used to reveal elements, which the view never does
    }

    @Override
    public boolean hasChildren(Object element) {
        return ResultTree.hasChildren((ResultNode) element);
    }
}
