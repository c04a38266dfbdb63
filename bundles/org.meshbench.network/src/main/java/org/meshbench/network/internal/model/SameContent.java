package org.meshbench.network.internal.model;

import java.util.List;
import java.util.Objects;
import org.meshbench.network.Gateway;
import org.meshbench.network.Sink;

/** Compares gateway snapshots without their receive times, to tell real changes from repeats. */
final class SameContent {

    private SameContent() {
    }

    static boolean same(Gateway a, Gateway b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.id().equals(b.id()) && a.state() == b.state() && a.model().equals(b.model())
                && a.version().equals(b.version()) && a.features().equals(b.features())
                && a.maxScratchpadSize().equals(b.maxScratchpadSize()) && sameSinks(a.sinks(), b.sinks());
    }

    private static boolean sameSinks(List<Sink> a, List<Sink> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).ref().equals(b.get(i).ref()) || !Objects.equals(a.get(i).config(), b.get(i).config())) {
                return false;
            }
        }
        return true;
    }
}
