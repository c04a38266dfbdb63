package org.meshbench.testcases.ui.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.ui.internal.model.ResultNode.Group;
import org.meshbench.testcases.ui.internal.model.ResultNode.GroupKind;

/**
 * The structure of the results tree: a test has groups for its metrics, log and parameters (those
 * that are not empty), and each group its items. Stateless.
 */
public final class ResultTree {

    private ResultTree() {
    }

    /**
     * @param rows the planned tests
     * @return the top-level elements
     */
    public static List<ResultNode> roots(List<ResultRow> rows) {
        return rows.stream().<ResultNode>map(ResultNode.Test::new).toList();
    }

    /**
     * @param node an element
     * @return its children, in the order shown
     */
    public static List<ResultNode> children(ResultNode node) {
        return switch (node) {
            case ResultNode.Test test -> groups(test.row());
            case Group group -> items(group);
            case ResultNode.MetricItem item -> List.of();
            case ResultNode.LogItem item -> List.of();
            case ResultNode.ParameterItem item -> List.of();
        };
    }

    /**
     * @param node an element
     * @return whether it has children, without building them
     */
    public static boolean hasChildren(ResultNode node) {
        return switch (node) {
            case ResultNode.Test test -> !groups(test.row()).isEmpty();
            case Group group -> group.size() > 0;
            default -> false;
        };
    }

    private static List<ResultNode> groups(ResultRow row) {
        List<ResultNode> groups = new ArrayList<>();
        int metrics = row.result().map(result -> result.metrics().size()).orElse(0);
        int parameters = row.result().map(result -> result.parameters().size()).orElse(0);
        if (metrics > 0) {
            groups.add(new Group(row, GroupKind.METRICS, metrics));
        }
        if (!row.log().isEmpty()) {
            groups.add(new Group(row, GroupKind.LOG, row.log().size()));
        }
        if (parameters > 0) {
            groups.add(new Group(row, GroupKind.PARAMETERS, parameters));
        }
        return groups;
    }

    private static List<ResultNode> items(Group group) {
        ResultRow row = group.row();
        List<ResultNode> items = new ArrayList<>();
        switch (group.kind()) {
            case METRICS -> row.result().map(TestResult::metrics).orElse(List.of())
                    .forEach(metric -> items.add(new ResultNode.MetricItem(row, items.size(), metric)));
            case LOG -> row.log().forEach(entry -> items.add(new ResultNode.LogItem(row, items.size(), entry)));
            case PARAMETERS -> row.result().map(TestResult::parameters).orElse(Map.of())
                    .forEach((key, value) -> items.add(new ResultNode.ParameterItem(row, key, value)));
        }
        return items;
    }
}
