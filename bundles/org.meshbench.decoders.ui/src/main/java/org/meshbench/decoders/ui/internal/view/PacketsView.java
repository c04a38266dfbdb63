package org.meshbench.decoders.ui.internal.view;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.meshbench.decoders.DecoderInfo;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.EndpointPair;
import org.meshbench.decoders.ui.internal.capture.DecodeAsMemory;
import org.meshbench.decoders.ui.internal.capture.PacketIntake;
import org.meshbench.decoders.ui.internal.capture.RegistryWatch;
import org.meshbench.decoders.ui.internal.capture.RowDecoder;
import org.meshbench.decoders.ui.internal.model.DecodeAsChoices;
import org.meshbench.decoders.ui.internal.model.PacketBuffer;
import org.meshbench.decoders.ui.internal.model.PacketFilter;
import org.meshbench.decoders.ui.internal.model.PacketRow;
import org.meshbench.decoders.ui.internal.model.StatusText;
import org.meshbench.network.DataFilter;
import org.meshbench.ui.services.RefreshThrottle;
import org.meshbench.ui.services.WorkbenchConnection;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Received packets of the workbench's connection as the decoder registry decodes them: a live
 * table, the selected packet's fields and bytes, and "Decode As" per endpoint pair. Packets are
 * decoded on the client's listener thread; each change asks for a redraw from the buffer, and the
 * redraws run at most every {@value #REFRESH_MS} ms, so a flood of packets costs the UI thread a few
 * redraws a second and a quiet network costs nothing.
 */
public final class PacketsView extends ViewPart {

    /** View id, as in plugin.xml. */
    public static final String ID = "org.meshbench.decoders.ui.packets";
    /** Packets kept; older ones are dropped. */
    static final int CAPACITY = 10_000;
    /** Shortest time between two redraws. */
    static final int REFRESH_MS = 250;

    private final PacketBuffer buffer = new PacketBuffer(CAPACITY);
    private RegistryWatch registries;
    private final DecodeAsMemory decodeAsMemory = new DecodeAsMemory(InstanceScope.INSTANCE.getNode(
            FrameworkUtil.getBundle(PacketsView.class).getSymbolicName()));
    private PacketIntake intake;
    private WorkbenchConnection connection;
    private PacketFilter filter = PacketFilter.NONE;
    private PacketFilter shownFilter;
    private long shownVersion = -1;

    private Text filterField;
    private Label status;
    private PacketTable table;
    private DetailsPane details;
    private ViewActions actions;

    @Override
    public void createPartControl(Composite parent) {
        RefreshThrottle redraw = RefreshThrottle.onUiThread(parent, REFRESH_MS, this::showBuffer);
        BundleContext context = FrameworkUtil.getBundle(PacketsView.class).getBundleContext();
        registries = new RegistryWatch(context, decodeAsMemory::applyTo, () -> intake.redecode(row -> true));
        intake = new PacketIntake(buffer, new RowDecoder(registries::registry), redraw::request,
                task -> Job.createSystem("Decoding the packets again", monitor -> {
                    task.run();
                }).schedule());
        connection = new WorkbenchConnection(context, client -> List.of(
                client.addDataListener(DataFilter.ALL, intake),
                client.addConnectionListener(event -> redraw.request())), redraw::request);
        createParts(parent);
        registries.open();
        connection.open();
        showBuffer();
    }

    private void createParts(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(parent);
        filterField = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterField.setMessage("Filter: address, endpoints, decoder, summary");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterField);
        filterField.addListener(SWT.Modify, event -> {
            filter = PacketFilter.of(filterField.getText());
            showBuffer();
        });
        // a row of its own that wraps, so that the counts stay readable in a narrow view
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(status);
        SashForm split = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
        table = new PacketTable(split, ZoneId.systemDefault());
        details = new DetailsPane(split);
        split.setWeights(55, 45);
        table.control().addListener(SWT.Selection, event -> selectionChanged());
        actions = new ViewActions(intake, this::clear, this::decodeAsSelected);
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        actions.contributeTo(toolBar);
        MenuManager menu = new MenuManager();
        menu.add(actions.decodeAs());
        table.control().setMenu(menu.createContextMenu(table.control()));
        selectionChanged();
    }

    /** Shows the buffer and the connection; runs on the UI thread. */
    private void showBuffer() {
        if (status.isDisposed()) {
            return;
        }
        PacketBuffer.Snapshot snapshot = buffer.snapshot();
        List<PacketRow> shown = table.rows();
        if (snapshot.version() != shownVersion || !filter.equals(shownFilter)) {
            shown = filter.apply(snapshot.rows());
            table.show(shown);
            shownVersion = snapshot.version();
            shownFilter = filter;
            updateDetails();
        }
        long dropped = snapshot.dropped() + connection.dropped();
        String line = StatusText.of(connection.client().map(WorkbenchConnection::describe), new StatusText.Counts(
                shown.size(), snapshot.rows().size(), !filter.isEmpty(), dropped, intake.paused(),
                intake.skipped()));
        if (!line.equals(status.getText())) {
            status.setText(line);
            status.getParent().layout(new Control[] {status}); // the line may now wrap differently
        }
    }

    /** Shows the selected row again when it was re-decoded. */
    private void updateDetails() {
        Optional<PacketRow> selected = table.selected();
        if (selected.isPresent() && selected.get() != details.shown().orElse(null)) {
            details.show(selected, this::decoderName);
        }
    }

    private void selectionChanged() {
        Optional<PacketRow> selected = table.selected();
        details.show(selected, this::decoderName);
        actions.selectionChanged(selected.flatMap(PacketRow::endpoints).isPresent());
    }

    private String decoderName(String id) {
        return registries.registry().flatMap(registry -> registry.decoder(id)).map(DecoderInfo::name).orElse(id);
    }

    private void clear() {
        intake.clear();
        table.show(List.of());
        selectionChanged();
    }

    private void decodeAsSelected() {
        Optional<PacketRow> row = table.selected();
        Optional<EndpointPair> pair = row.flatMap(PacketRow::endpoints);
        Optional<DecoderRegistry> registry = registries.registry();
        if (pair.isEmpty() || registry.isEmpty()) {
            return; // the action is disabled then; a click may have raced the change
        }
        Optional<String> override = Optional.ofNullable(registry.get().overrides().get(pair.get()));
        List<DecodeAsChoices.Choice> choices = DecodeAsChoices.of(pair.get(), registry.get().decoders(),
                row.get().selection(), override);
        DecodeAsDialog.ask(table.control().getShell(), pair.get(), choices, DecodeAsChoices.current(choices, override))
                .ifPresent(choice -> decodeAs(pair.get(), choice.decoderId()));
    }

    /**
     * Sets or clears the override for an endpoint pair, remembers it for the next start and decodes the buffered
     * packets of that pair again.
     *
     * @param pair the endpoint pair
     * @param decoderId the decoder to use, or empty for the automatic selection
     */
    void decodeAs(EndpointPair pair, Optional<String> decoderId) {
        registries.registry().ifPresent(registry -> {
            decoderId.ifPresentOrElse(id -> registry.setOverride(pair, id), () -> registry.clearOverride(pair));
            decodeAsMemory.remember(pair, decoderId);
            intake.redecode(row -> row.endpoints().filter(pair::equals).isPresent());
        });
    }

    @Override
    public void setFocus() {
        table.control().setFocus();
    }

    @Override
    public void dispose() {
        connection.close();
        registries.close();
        super.dispose();
    }

    PacketTable table() {
        return table;
    }

    DetailsPane details() {
        return details;
    }

    Label statusLabel() {
        return status;
    }

    Text filterField() {
        return filterField;
    }

    ViewActions actions() {
        return actions;
    }

    PacketIntake intake() {
        return intake;
    }
}
