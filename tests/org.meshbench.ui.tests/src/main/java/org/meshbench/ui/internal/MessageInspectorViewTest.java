package org.meshbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.testing.ui.Screenshots;
import org.meshbench.testing.ui.UiWait;

/** Drives the real view in the running workbench (Tycho's UI harness, on the UI thread). */
class MessageInspectorViewTest {

    private static final String TOPIC = "gw-event/status/rpi-cafe42";
    /** GenericMessage{wirepas{status_event{header{gw_id "rpi-cafe42", event_id}, version 1, state OFF}}}. */
    private static final String OFFLINE_STATUS = "0a1f0a1d0a170a0a7270692d63616665343218b9bd8eb4d0fba9a4a60110011802";

    private MessageInspectorView view;

    @BeforeEach
    void showView() throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(MeshbenchPerspective.ID, page.getPerspective().getId());
        view = (MessageInspectorView) page.showView(MessageInspectorView.ID);
    }

    @Test
    void decodesPastedPayloadAndShowsJson() throws Exception {
        view.topicField().setText(TOPIC);
        view.payloadField().setText(OFFLINE_STATUS);
        view.decodeButton().notifyListeners(SWT.Selection, null);
        UiWait.processEvents();

        assertEquals("Decoded 33 bytes on " + TOPIC, view.statusLabel().getText());
        assertTrue(view.resultField().getText().contains("\"gw_id\": \"rpi-cafe42\""), view.resultField().getText());
        Screenshots.save(view.getSite().getShell(), "message-inspector-decoded.png");
    }

    @Test
    void showsWhyAPayloadDoesNotDecode() throws Exception {
        view.topicField().setText(TOPIC);
        view.payloadField().setText("ff ff");
        view.decodeButton().notifyListeners(SWT.Selection, null);
        UiWait.processEvents();

        assertTrue(view.statusLabel().getText().contains(TOPIC), view.statusLabel().getText());
        assertEquals("", view.resultField().getText());
        Screenshots.save(view.getSite().getShell(), "message-inspector-error.png");
    }
}
