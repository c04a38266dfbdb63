package org.meshbench.ui.internal;

import java.util.function.Consumer;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the Meshbench perspective and remembers the window layout between sessions. */
final class MeshbenchWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Consumer<IWorkbench> afterStartup;

    /** @param afterStartup runs on the UI thread once the first window is open (the demo connects there) */
    MeshbenchWorkbenchAdvisor(Consumer<IWorkbench> afterStartup) {
        this.afterStartup = afterStartup;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return MeshbenchPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new MeshbenchWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        afterStartup.accept(getWorkbenchConfigurer().getWorkbench());
    }
}
