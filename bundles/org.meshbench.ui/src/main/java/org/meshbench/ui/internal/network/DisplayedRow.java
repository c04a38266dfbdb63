package org.meshbench.ui.internal.network;

/**
 * A row as the tree draws it, for checks of what the user sees (UI tests, the demo's report).
 *
 * @param depth   0 for networks, 1 for gateways, 2 for sinks
 * @param name    the name column
 * @param state   the state column
 * @param summary the summary column
 */
public record DisplayedRow(int depth, String name, String state, String summary) {

    @Override
    public String toString() {
        return "  ".repeat(depth) + name + " | " + state + " | " + summary;
    }
}
