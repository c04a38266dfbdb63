package org.meshbench.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The default layout: no editor area, the message inspector filling the window. */
public final class MeshbenchPerspective implements IPerspectiveFactory {

    /** Perspective id, as in plugin.xml. */
    public static final String ID = "org.meshbench.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(MessageInspectorView.ID, true, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
    }
}
