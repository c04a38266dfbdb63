package org.meshbench.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.meshbench.ui.internal.connection.BrokerConnection;
import org.meshbench.ui.internal.connection.ConnectionStatusItem;

/**
 * The main menu: File (connect, preferences, quit), Window (show view, reset perspective) and Help, with the slots
 * plug-ins contribute to; the connection state in the status line.
 */
final class MeshbenchActionBarAdvisor extends ActionBarAdvisor {

    MeshbenchActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        // Connect and Disconnect come from plugin.xml, so that they are in an Eclipse IDE's File menu too.
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(register(ActionFactory.PREFERENCES.create(window)));
        file.add(register(ActionFactory.QUIT.create(window)));

        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        windowMenu.add(showView);
        windowMenu.add(register(ActionFactory.RESET_PERSPECTIVE.create(window)));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(register(ActionFactory.ABOUT.create(window)));

        menuBar.add(file);
        menuBar.add(windowMenu);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(help);
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        statusLine.add(new ConnectionStatusItem(window.getService(BrokerConnection.class)));
    }

    private IAction register(ActionFactory.IWorkbenchAction action) {
        super.register(action);
        return action;
    }
}
