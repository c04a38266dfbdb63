package org.meshbench.testcases.ui.internal.view;

import java.util.List;
import org.meshbench.testcases.ui.internal.model.ResultRow;

/**
 * The input of the results tree: one per run, holding that run's latest snapshot. Keeping the input
 * and refreshing, instead of setting a new input per snapshot, keeps the tree's items, so that what
 * the user expanded stays expanded while results come in. UI thread only.
 */
final class ResultInput {

    private List<ResultRow> rows;

    ResultInput(List<ResultRow> rows) {
        this.rows = rows;
    }

    List<ResultRow> rows() {
        return rows;
    }

    void update(List<ResultRow> snapshot) {
        rows = snapshot;
    }
}
