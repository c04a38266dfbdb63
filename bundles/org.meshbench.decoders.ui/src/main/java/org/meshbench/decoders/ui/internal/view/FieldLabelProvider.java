package org.meshbench.decoders.ui.internal.view;

import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.ui.internal.model.FieldTexts;

/** The columns of the decoded field tree: name, value, unit, and the bytes as {@code offset+length}. */
final class FieldLabelProvider extends LabelProvider implements ITableLabelProvider {

    static final String[] HEADERS = {"Field", "Value", "Unit", "Bytes"};
    static final int[] WIDTHS = {200, 200, 60, 60};

    @Override
    public Image getColumnImage(Object element, int column) {
        return null;
    }

    @Override
    public String getColumnText(Object element, int column) {
        DecodedField field = (DecodedField) element;
        return switch (column) {
            case 0 -> field.name();
            case 1 -> FieldTexts.value(field);
            case 2 -> field.unit();
            default -> FieldTexts.bytes(field);
        };
    }
}
