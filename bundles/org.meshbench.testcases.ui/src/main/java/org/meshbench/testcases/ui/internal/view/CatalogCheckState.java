package org.meshbench.testcases.ui.internal.view;

import org.eclipse.jface.viewers.ICheckStateProvider;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.ui.internal.model.TestCaseCategory;
import org.meshbench.testcases.ui.internal.model.TestSelection;

/** Ticks follow the selection: a category is ticked when any of its test cases is, grey unless all are. */
final class CatalogCheckState implements ICheckStateProvider {

    private final TestSelection selection;

    CatalogCheckState(TestSelection selection) {
        this.selection = selection;
    }

    @Override
    public boolean isChecked(Object element) {
        return switch (element) {
            case TestCaseCategory category -> category.testCases().stream().anyMatch(this::chosen);
            case TestCaseInfo info -> chosen(info);
            default -> false;
        };
    }

    @Override
    public boolean isGrayed(Object element) {
        return element instanceof TestCaseCategory category && isChecked(category)
                && !category.testCases().stream().allMatch(this::chosen);
    }

    private boolean chosen(TestCaseInfo info) {
        return selection.isChosen(info.id());
    }
}
