package org.meshbench.testcases.ui.internal.view;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.meshbench.testcases.DurationText;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.ui.internal.model.TestCaseCategory;

/** One column of the test-case tree: the name or the declared timeout; the description as tooltip. */
final class CatalogLabelProvider extends ColumnLabelProvider {

    /** The columns, in order. */
    enum Column {
        NAME, TIMEOUT
    }

    private final Column column;

    CatalogLabelProvider(Column column) {
        this.column = column;
    }

    @Override
    public String getText(Object element) {
        return switch (element) {
            case TestCaseCategory category -> column == Column.NAME ? category.name() : "";
            case TestCaseInfo info -> column == Column.NAME ? info.name()
                    : DurationText.format(info.timeout());
            default -> "";
        };
    }

    @Override
    public String getToolTipText(Object element) {
        return element instanceof TestCaseInfo info
                ? info.id() + " from " + info.contributorId() + "\n\n" + info.description() : null;
    }
}
