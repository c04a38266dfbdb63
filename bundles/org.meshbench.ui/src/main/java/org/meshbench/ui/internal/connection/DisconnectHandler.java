package org.meshbench.ui.internal.connection;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Closes the workbench's connection (command {@code org.meshbench.ui.disconnect}). */
public final class DisconnectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(BrokerConnection.class).disconnect();
        return null;
    }
}
