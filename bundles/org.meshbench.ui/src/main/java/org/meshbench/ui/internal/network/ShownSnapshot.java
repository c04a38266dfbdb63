package org.meshbench.ui.internal.network;

/** The tree's input: the snapshot on show, replaced by each refresh so that the viewer can keep its state. */
final class ShownSnapshot {

    private NetworkSnapshot snapshot = NetworkSnapshot.EMPTY;

    NetworkSnapshot get() {
        return snapshot;
    }

    void set(NetworkSnapshot shown) {
        this.snapshot = shown;
    }
}
