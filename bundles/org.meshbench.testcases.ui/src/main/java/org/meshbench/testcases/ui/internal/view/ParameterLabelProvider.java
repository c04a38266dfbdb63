package org.meshbench.testcases.ui.internal.view;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.meshbench.testcases.ParameterDescriptor;
import org.meshbench.testcases.ui.internal.model.ParameterRow;

/**
 * One column of the parameter table. Typed values show in the list colour, defaults grey, and a
 * value that cannot be used red; the tooltip says what the parameter does and why a value is wrong.
 */
final class ParameterLabelProvider extends ColumnLabelProvider {

    /** The columns, in order. */
    enum Column {
        NAME, VALUE, TYPE
    }

    private final Column column;

    ParameterLabelProvider(Column column) {
        this.column = column;
    }

    @Override
    public String getText(Object element) {
        ParameterRow row = (ParameterRow) element;
        return switch (column) {
            case NAME -> row.descriptor().name();
            case VALUE -> row.value();
            case TYPE -> row.descriptor().summary();
        };
    }

    @Override
    public Color getForeground(Object element) {
        ParameterRow row = (ParameterRow) element;
        if (column != Column.VALUE) {
            return null;
        }
        int color = row.problem().isPresent() ? SWT.COLOR_RED : row.edited() ? SWT.COLOR_LIST_FOREGROUND
                : SWT.COLOR_DARK_GRAY;
        return Display.getCurrent().getSystemColor(color);
    }

    @Override
    public String getToolTipText(Object element) {
        ParameterRow row = (ParameterRow) element;
        ParameterDescriptor descriptor = row.descriptor();
        String about = descriptor.key() + ": " + descriptor.summary()
                + (descriptor.description().isEmpty() ? "" : "\n" + descriptor.description());
        return row.problem().map(problem -> problem + "\n\n" + about).orElse(about);
    }
}
