package org.meshbench.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * Equinox entry point of the headless commands. The launcher turns the returned Integer into the process
 * exit status, so scripts and CI see 0 / 1 / 2 as documented in {@link MeshbenchCommandLine}.
 */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return new MeshbenchCommandLine(System.out, System.err).run(args == null ? new String[0] : args);
    }

    @Override
    public void stop() {
        // Commands are short-lived and finish on their own.
    }
}
