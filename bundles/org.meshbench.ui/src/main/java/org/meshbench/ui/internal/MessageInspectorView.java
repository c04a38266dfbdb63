package org.meshbench.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.part.ViewPart;

/**
 * Decodes a pasted MQTT topic and hex payload into the canonical protobuf JSON of the message, the same text
 * {@code meshbench decode} prints. A payload that does not decode shows the decoder's error, never a stack trace.
 */
public final class MessageInspectorView extends ViewPart {

    /** View id, as in plugin.xml. */
    public static final String ID = "org.meshbench.ui.inspector";

    private Text topic;
    private Text payload;
    private Button decode;
    private Label status;
    private Text result;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        Font monospace = JFaceResources.getTextFont();

        new Label(parent, SWT.NONE).setText("Topic:");
        topic = new Text(parent, SWT.BORDER | SWT.SINGLE);
        topic.setFont(monospace);
        topic.setMessage("gw-event/status/<gateway id>");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(topic);

        Label payloadLabel = new Label(parent, SWT.NONE);
        payloadLabel.setText("Payload (hex):");
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(payloadLabel);
        payload = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        payload.setFont(monospace);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 80).applyTo(payload);

        decode = new Button(parent, SWT.PUSH);
        decode.setText("Decode");
        decode.addListener(SWT.Selection, event -> showDecoded());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        result = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
        result.setFont(monospace);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(result);
    }

    private void showDecoded() {
        InspectionResult inspection = InspectionResult.of(topic.getText(), payload.getText());
        status.setText(inspection.summary());
        result.setText(inspection.json());
        status.getParent().layout(true);
    }

    @Override
    public void setFocus() {
        topic.setFocus();
    }

    Text topicField() {
        return topic;
    }

    Text payloadField() {
        return payload;
    }

    Button decodeButton() {
        return decode;
    }

    Label statusLabel() {
        return status;
    }

    Text resultField() {
        return result;
    }
}
