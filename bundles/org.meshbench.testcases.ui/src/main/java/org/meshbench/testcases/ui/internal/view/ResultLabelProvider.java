package org.meshbench.testcases.ui.internal.view;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.meshbench.testcases.LogLevel;
import org.meshbench.testcases.ui.internal.model.ResultColumn;
import org.meshbench.testcases.ui.internal.model.ResultNode;
import org.meshbench.testcases.ui.internal.model.ResultText;
import org.meshbench.testcases.ui.internal.model.RowState;

/** One column of the results tree; the status column is coloured by outcome and log level. */
final class ResultLabelProvider extends ColumnLabelProvider {

    private final ResultText text;
    private final ResultColumn column;

    ResultLabelProvider(ResultText text, ResultColumn column) {
        this.text = text;
        this.column = column;
    }

    @Override
    public String getText(Object element) {
        return text.column((ResultNode) element, column);
    }

    @Override
    public Color getForeground(Object element) {
        if (column != ResultColumn.STATUS) {
            return null;
        }
        int color = switch ((ResultNode) element) {
            case ResultNode.Test test -> stateColor(test.row().state());
            case ResultNode.LogItem item -> item.entry().level() == LogLevel.INFO ? SWT.COLOR_LIST_FOREGROUND
                    : item.entry().level() == LogLevel.WARNING ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_RED;
            default -> SWT.COLOR_LIST_FOREGROUND;
        };
        return Display.getCurrent().getSystemColor(color);
    }

    private static int stateColor(RowState state) {
        return switch (state) {
            case PASSED -> SWT.COLOR_DARK_GREEN;
            case FAILED, ERROR -> SWT.COLOR_RED;
            case RUNNING -> SWT.COLOR_DARK_BLUE;
            case PENDING, SKIPPED -> SWT.COLOR_DARK_GRAY;
        };
    }
}
