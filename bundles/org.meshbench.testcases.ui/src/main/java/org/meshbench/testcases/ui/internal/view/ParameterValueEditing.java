package org.meshbench.testcases.ui.internal.view;

import java.util.function.BiConsumer;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.meshbench.testcases.ui.internal.model.ParameterRow;

/** Edits a parameter value as text; clearing it goes back to the default. */
final class ParameterValueEditing extends EditingSupport {

    private final CellEditor editor;
    private final BiConsumer<ParameterRow, String> edited;

    /**
     * @param viewer the parameter table
     * @param table its control, the editor's parent
     * @param edited told the row and the new text
     */
    ParameterValueEditing(ColumnViewer viewer, Composite table, BiConsumer<ParameterRow, String> edited) {
        super(viewer);
        this.editor = new TextCellEditor(table);
        this.edited = edited;
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return editor;
    }

    @Override
    protected boolean canEdit(Object element) {
        return true;
    }

    @Override
    protected Object getValue(Object element) {
        return ((ParameterRow) element).value();
    }

    @Override
    protected void setValue(Object element, Object value) {
        edited.accept((ParameterRow) element, (String) value);
    }
}
