package org.meshbench.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.meshbench.decoders.DecoderRegistry;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Equinox entry point of the headless commands. The launcher turns the returned Integer into the process
 * exit status, so scripts and CI see 0 / 1 / 2 as documented in {@link MeshbenchCommandLine}. Output is
 * UTF-8 whatever the locale: JSON is UTF-8 by definition, and decoders print units such as °C, which
 * a POSIX locale (common on CI machines) would turn into '?'.
 */
public final class HeadlessApplication implements IApplication {

    /**
     * Declarative Services publishes the registry shortly after start-up, possibly after this
     * application started; a healthy installation needs well under a second.
     */
    private static final long REGISTRY_WAIT_MS = 10_000;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        // The bundle's lazy activation policy starts it when this class loads, so it has a context.
        // The tracker stays open while the command runs: closing it releases the service.
        ServiceTracker<DecoderRegistry, DecoderRegistry> registry = new ServiceTracker<>(
                FrameworkUtil.getBundle(HeadlessApplication.class).getBundleContext(), DecoderRegistry.class, null);
        registry.open();
        try {
            MeshbenchCommandLine commandLine = new MeshbenchCommandLine(utf8(FileDescriptor.out),
                    utf8(FileDescriptor.err), () -> waitFor(registry));
            return commandLine.run(args == null ? new String[0] : args);
        } finally {
            registry.close();
        }
    }

    private static Optional<DecoderRegistry> waitFor(ServiceTracker<DecoderRegistry, DecoderRegistry> registry) {
        try {
            return Optional.ofNullable(registry.waitForService(REGISTRY_WAIT_MS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static PrintStream utf8(FileDescriptor stream) {
        return new PrintStream(new FileOutputStream(stream), true, StandardCharsets.UTF_8);
    }

    @Override
    public void stop() {
        // Commands are short-lived and finish on their own.
    }
}
