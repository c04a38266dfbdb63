package org.meshbench.testcases.ui.internal.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.meshbench.network.Network;
import org.meshbench.network.NetworkClient;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestCaseRegistry;
import org.meshbench.testcases.report.JUnitXmlReport;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunner;
import org.meshbench.testcases.ui.internal.model.ControlState;
import org.meshbench.testcases.ui.internal.model.ReportFiles;
import org.meshbench.testcases.ui.internal.model.TestSelection;
import org.meshbench.testcases.ui.internal.run.RunSession;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.ui.services.RefreshThrottle;
import org.meshbench.ui.services.UiExecutor;
import org.meshbench.ui.services.WorkbenchConnection;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs installed test cases against a network: tick test cases, edit their parameters, run them in
 * the background, follow the results as they come in, re-run what failed and export JUnit XML.
 * The network client is the workbench's connection ({@link WorkbenchConnection}); File > Connect…
 * opens it. What other threads report reaches the widgets through {@link RefreshThrottle}s on the
 * UI thread.
 */
public final class TestRunnerView extends ViewPart {

    /** View id, as in plugin.xml. */
    public static final String ID = "org.meshbench.testcases.ui.runner";

    private final TestSelection selection = new TestSelection();
    private ViewServices services;
    private WorkbenchConnection connection;
    private RunSession runs;

    private Label connectionStatus;
    private TargetBar targetBar;
    private RunButtons buttons;
    private TestCaseTree testCases;
    private ParameterTable parameters;
    private ResultsPane results;
    private Label summary;

    @Override
    public void createPartControl(Composite parent) {
        UiExecutor ui = new UiExecutor(parent);
        RefreshThrottle catalogRefresh = new RefreshThrottle(ui, this::showCatalog);
        RefreshThrottle connectionRefresh = new RefreshThrottle(ui, this::showConnection);
        runs = new RunSession(ui, this::schedule, this::showRun);
        BundleContext context = FrameworkUtil.getBundle(TestRunnerView.class).getBundleContext();
        services = new ViewServices(context, catalogRefresh::request);
        connection = new WorkbenchConnection(context, client -> List.of(
                client.addConnectionListener(event -> connectionRefresh.request()),
                client.addConfigChangeListener(change -> connectionRefresh.request())), connectionRefresh::request);
        createParts(parent);
        services.open();
        connection.open();
        showCatalog();
        showConnection();
    }

    private void createParts(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        // a row of its own that wraps, so that a long broker URL stays readable in a narrow view
        connectionStatus = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(connectionStatus);
        targetBar = new TargetBar(parent, this::updateControls);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(targetBar.control());
        buttons = new RunButtons(parent, new RunButtons.Actions() {
            @Override
            public void run() {
                start(selection.plan(targetBar.target()));
            }

            @Override
            public void stop() {
                runs.stop();
            }

            @Override
            public void rerunFailed() {
                runs.problemsOfLastRun().ifPresent(TestRunnerView.this::start);
            }

            @Override
            public void export() {
                exportWithDialog();
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons.control());
        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
        SashForm left = new SashForm(columns, SWT.VERTICAL);
        testCases = new TestCaseTree(left, selection, this::updateControls,
                info -> parameters.show(Optional.of(info)));
        parameters = new ParameterTable(left, selection, this::parametersEdited);
        results = new ResultsPane(columns);
        columns.setWeights(9, 11);
        AdaptiveSplit.install(columns, left);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
    }

    /** The registry appeared, changed or went away, or a plug-in came or went. */
    private void showCatalog() {
        selection.setAvailable(services.registry().map(TestCaseRegistry::testCases).orElse(List.of()));
        testCases.show(selection.available());
        parameters.show(parameters.shown().flatMap(info -> selection.find(info.id())));
        updateControls();
    }

    /** The workbench's client came or went, changed its connection state, or its gateways changed. */
    private void showConnection() {
        Optional<NetworkClient> client = connection.client();
        connectionStatus.setText(client.map(WorkbenchConnection::describe).orElse("Not connected"));
        connectionStatus.getParent().layout(true);
        targetBar.offer(client.map(NetworkClient::networks).orElse(List.of()).stream().map(Network::address).toList());
        updateControls();
    }

    private void parametersEdited() {
        testCases.viewer().refresh();
        updateControls();
    }

    private void updateControls() {
        List<String> problems = new ArrayList<>();
        try {
            targetBar.target();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        problems.addAll(selection.problems());
        boolean connected = connection.client().filter(c -> c.connectionState() == ConnectionState.CONNECTED)
                .isPresent();
        buttons.apply(ControlState.of(connected, runs.running(), selection.chosen().size(), problems,
                runs.lastReport()));
    }

    private void start(TestPlan plan) {
        Optional<TestRunner> runner = services.runner();
        Optional<NetworkClient> client = connection.client();
        if (runner.isEmpty() || client.isEmpty()) {
            return; // Run is disabled then; a click may have raced the change
        }
        List<String> refused = runs.start(runner.get(), plan, client.get(),
                id -> selection.find(id).map(TestCaseInfo::name).orElse(id));
        if (refused.isEmpty()) {
            results.start(runs.rows());
        }
        summary.setText(refused.isEmpty() ? runs.status() : refused.get(0));
        updateControls();
    }

    /** Scheduling through the site shows the view as busy while the run's job runs. */
    private void schedule(Job job) {
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress == null) {
            job.schedule();
        } else {
            progress.schedule(job, 0, true);
        }
    }

    /** Results came in, or the run ended. */
    private void showRun() {
        results.update(runs.rows());
        summary.setText(runs.status());
        updateControls();
    }

    private void exportWithDialog() {
        FileDialog dialog = new FileDialog(summary.getShell(), SWT.SAVE);
        dialog.setText("Export JUnit XML");
        dialog.setFilterExtensions(new String[] {"*.xml", "*"});
        runs.lastReport().ifPresent(report -> dialog.setFileName(ReportFiles.defaultName(report)));
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            exportTo(Path.of(file));
        }
    }

    /** @param file where to write the last run's JUnit XML; the summary says how it went */
    void exportTo(Path file) {
        try {
            JUnitXmlReport.write(runs.lastReport().orElseThrow(), file);
            summary.setText("JUnit XML written to " + file);
        } catch (IOException e) {
            summary.setText("Cannot write " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        testCases.viewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        runs.stop();
        connection.close();
        services.close();
        super.dispose();
    }

    Label connectionLabel() {
        return connectionStatus;
    }

    TargetBar targetBar() {
        return targetBar;
    }

    RunButtons buttons() {
        return buttons;
    }

    TestCaseTree testCases() {
        return testCases;
    }

    ParameterTable parameters() {
        return parameters;
    }

    ResultsPane results() {
        return results;
    }

    Label summaryLabel() {
        return summary;
    }

    TestSelection selection() {
        return selection;
    }
}
