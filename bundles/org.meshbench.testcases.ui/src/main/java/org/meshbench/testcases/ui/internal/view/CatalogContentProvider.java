package org.meshbench.testcases.ui.internal.view;

import java.util.List;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.meshbench.testcases.ui.internal.model.TestCaseCategory;

/** Categories, each with its test cases; the input is a {@code List<TestCaseCategory>}. */
final class CatalogContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return ((List<?>) input).toArray();
    }

    @Override
    public Object[] getChildren(Object element) {
        return element instanceof TestCaseCategory category ? category.testCases().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null; // only used to reveal elements, which the view never does
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof TestCaseCategory category && !category.testCases().isEmpty();
    }
}
