package org.meshbench.provisioning.ui.internal.view;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;

/** The view's toolbar: Start…, Stop, Edit Whitelist… and Reload Whitelist. UI thread only. */
final class ViewActions {

    private final IAction start;
    private final IAction stop;
    private final IAction edit;
    private final IAction reload;

    /**
     * @param onStart asks for a whitelist file and starts the server
     * @param onStop stops it
     * @param onEdit opens the whitelist file in an editor dialog
     * @param onReload gives the file to the running server again
     */
    ViewActions(Runnable onStart, Runnable onStop, Runnable onEdit, Runnable onReload) {
        start = push("Start…", "Start the provisioning server on the workbench connection with a whitelist file",
                onStart);
        stop = push("Stop", "Stop the provisioning server; its sessions stay listed", onStop);
        edit = push("Edit Whitelist…", "Edit the whitelist file", onEdit);
        reload = push("Reload Whitelist", "Read the whitelist file again; a wrong file leaves the server as it is",
                onReload);
    }

    private static IAction push(String text, String toolTip, Runnable run) {
        IAction action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(toolTip);
        return action;
    }

    void contributeTo(IToolBarManager toolBar) {
        toolBar.add(start);
        toolBar.add(stop);
        toolBar.add(edit);
        toolBar.add(reload);
    }

    /**
     * @param connected whether the workbench has a connection
     * @param running whether the server runs
     * @param fileKnown whether there is a whitelist file to edit
     */
    void update(boolean connected, boolean running, boolean fileKnown) {
        start.setEnabled(connected && !running);
        stop.setEnabled(running);
        edit.setEnabled(fileKnown);
        reload.setEnabled(running);
    }

    IAction start() {
        return start;
    }

    IAction stop() {
        return stop;
    }

    IAction edit() {
        return edit;
    }

    IAction reload() {
        return reload;
    }
}
