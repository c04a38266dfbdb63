package org.meshbench.decoders.ui.internal.view;

import java.util.List;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.meshbench.decoders.DecodedField;

/** The decoded field tree: the input is a packet's top-level fields, each field's children below it. */
final class FieldContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return ((List<?>) input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        return ((DecodedField) parent).children().toArray();
    }

    @Override
    public Object getParent(Object element) {
        return null; // fields do not know their parent; the tree needs it only to reveal an element
    }

    @Override
    public boolean hasChildren(Object element) {
        return !((DecodedField) element).children().isEmpty();
    }
}
