package org.meshbench.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.meshbench.ui.internal.network.NetworkView;

/** The default layout: no editor area, the network view on the left, the message inspector on the right. */
public final class MeshbenchPerspective implements IPerspectiveFactory {

    /** Perspective id, as in plugin.xml. */
    public static final String ID = "org.meshbench.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        // Both views divide the editor area's place: the network view takes 60 %, the inspector the rest.
        layout.addView(NetworkView.ID, IPageLayout.LEFT, 0.6f, layout.getEditorArea());
        layout.addView(MessageInspectorView.ID, IPageLayout.TOP, 0.95f, layout.getEditorArea());
        layout.addShowViewShortcut(NetworkView.ID);
        layout.addShowViewShortcut(MessageInspectorView.ID);
    }
}
