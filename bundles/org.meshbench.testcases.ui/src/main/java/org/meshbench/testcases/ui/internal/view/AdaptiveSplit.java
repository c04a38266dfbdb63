package org.meshbench.testcases.ui.internal.view;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;

/**
 * Lays the view's two halves side by side when it is wide (maximized, or a perspective of its
 * own), and one above the other when it shares a column with other views; the test-case half then
 * turns its tree and parameter table side by side, so that neither gets too short.
 */
final class AdaptiveSplit {

    /** Below this width the results would lose their status and message columns beside the test cases. */
    static final int MIN_SIDE_BY_SIDE_WIDTH = 1000;

    private AdaptiveSplit() {
    }

    /**
     * @param halves test cases and results
     * @param testCaseHalf tree and parameter table
     */
    static void install(SashForm halves, SashForm testCaseHalf) {
        halves.addListener(SWT.Resize, event -> {
            boolean wide = halves.getClientArea().width >= MIN_SIDE_BY_SIDE_WIDTH;
            int orientation = wide ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (halves.getOrientation() != orientation) {
                halves.setOrientation(orientation);
                testCaseHalf.setOrientation(wide ? SWT.VERTICAL : SWT.HORIZONTAL);
            }
        });
    }
}
