package org.meshbench.decoders.ui.internal.view;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.meshbench.decoders.ui.internal.capture.PacketIntake;

/** The view's toolbar and context menu actions: Pause/Resume, Clear and Decode As…. UI thread only. */
final class ViewActions {

    private final IAction pause;
    private final IAction clear;
    private final IAction decodeAs;

    /**
     * @param intake paused and resumed by the Pause action
     * @param onClear clears the packets
     * @param onDecodeAs asks for a decoder for the selected packet's endpoint pair
     */
    ViewActions(PacketIntake intake, Runnable onClear, Runnable onDecodeAs) {
        pause = new Action("Pause", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                intake.setPaused(isChecked());
                setText(isChecked() ? "Resume" : "Pause");
            }
        };
        pause.setToolTipText("Stop capturing packets; those arriving meanwhile are ignored");
        clear = push("Clear", onClear);
        clear.setToolTipText("Forget the packets shown");
        decodeAs = push("Decode As…", onDecodeAs);
        decodeAs.setToolTipText("Choose the decoder for the selected packet's endpoint pair");
    }

    private static IAction push(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    void contributeTo(IToolBarManager toolBar) {
        toolBar.add(pause);
        toolBar.add(clear);
        toolBar.add(decodeAs);
    }

    /** @param endpointPairSelected whether a packet that decoders can apply to is selected */
    void selectionChanged(boolean endpointPairSelected) {
        decodeAs.setEnabled(endpointPairSelected);
    }

    IAction pause() {
        return pause;
    }

    IAction clear() {
        return clear;
    }

    IAction decodeAs() {
        return decodeAs;
    }
}
