package org.meshbench.decoders.ui.internal.view;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeColumn;
import org.meshbench.decoders.DecodeError;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.ui.internal.model.DetailText;
import org.meshbench.decoders.ui.internal.model.HexDump;
import org.meshbench.decoders.ui.internal.model.PacketRow;

/**
 * The selected packet: where it came from, which decoder won and why, the alternatives or the
 * error; its decoded fields; and its payload as a hex dump in which the selected field's bytes are
 * highlighted (for a failed decoder, the byte where it stopped). The raw bytes are shown whatever the
 * decoder did. UI thread only.
 */
final class DetailsPane {

    static final String NOTHING_SELECTED = "Select a packet to see its fields and bytes.";
    private static final int HEADER_LINES = 4;
    /** Below this width the field tree and the hex dump are stacked instead of side by side. */
    static final int MIN_SIDE_BY_SIDE_WIDTH = 900;

    private final Text header;
    private final TreeViewer fields;
    private final StyledText hex;
    private final Color marker;
    private HexDump dump = HexDump.of(new byte[0]);
    private Optional<PacketRow> shown = Optional.empty();

    DetailsPane(Composite parent) {
        Composite pane = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(pane);
        header = new Text(pane, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false)
                .hint(SWT.DEFAULT, header.getLineHeight() * HEADER_LINES).applyTo(header);
        SashForm lower = new SashForm(pane, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(lower);
        fields = new TreeViewer(lower, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        fields.getTree().setHeaderVisible(true);
        fields.getTree().setLinesVisible(true);
        for (int i = 0; i < FieldLabelProvider.HEADERS.length; i++) {
            TreeColumn column = new TreeColumn(fields.getTree(), SWT.LEFT);
            column.setText(FieldLabelProvider.HEADERS[i]);
            column.setWidth(FieldLabelProvider.WIDTHS[i]);
        }
        fields.setContentProvider(new FieldContentProvider());
        fields.setLabelProvider(new FieldLabelProvider());
        fields.addSelectionChangedListener(event -> {
            DecodedField field = (DecodedField) ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (field != null) {
                highlight(field.offset(), field.length());
            }
        });
        hex = new StyledText(lower, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        hex.setFont(JFaceResources.getTextFont());
        lower.setWeights(55, 45);
        lower.addListener(SWT.Resize, event -> {
            // the hex dump needs about 75 characters: below the field tree when the view is narrow
            int orientation = lower.getClientArea().width >= MIN_SIDE_BY_SIDE_WIDTH ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (lower.getOrientation() != orientation) {
                lower.setOrientation(orientation);
            }
        });
        // a light yellow, as editors mark occurrences: readable on white and distinct from selection
        marker = new Color(255, 236, 140);
        show(Optional.empty(), id -> id);
    }

    /** @return the packet shown, if any */
    Optional<PacketRow> shown() {
        return shown;
    }

    /**
     * @param row the packet to show, or none
     * @param names decoder id to display name
     */
    void show(Optional<PacketRow> row, Function<String, String> names) {
        shown = row;
        header.setText(row.map(r -> DetailText.of(r, names)).orElse(NOTHING_SELECTED));
        fields.setInput(row.flatMap(PacketRow::outcome).flatMap(DecodeOutcome::packet)
                .map(DecodedPacket::fields).orElse(List.of()));
        fields.expandAll();
        dump = HexDump.of(row.flatMap(PacketRow::payload).orElse(new byte[0]));
        hex.setText(dump.text());
        // a failed decoder's offset points at the byte where the payload stopped making sense
        highlight(row.flatMap(PacketRow::outcome).flatMap(DecodeOutcome::error).map(DecodeError::offset)
                .orElse(DecodedField.NO_OFFSET), 1);
    }

    private void highlight(int offset, int length) {
        List<HexDump.Range> ranges = dump.ranges(offset, length);
        hex.setStyleRanges(ranges.stream().map(range -> {
            StyleRange style = new StyleRange(range.start(), range.length(), null, marker);
            style.fontStyle = SWT.BOLD;
            return style;
        }).toArray(StyleRange[]::new));
        if (!ranges.isEmpty()) {
            hex.setTopIndex(Math.max(0, hex.getLineAtOffset(ranges.get(0).start()) - 1));
        }
    }

    Text headerText() {
        return header;
    }

    TreeViewer fieldTree() {
        return fields;
    }

    StyledText hexText() {
        return hex;
    }
}
