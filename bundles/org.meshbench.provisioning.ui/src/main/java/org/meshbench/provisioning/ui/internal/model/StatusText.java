package org.meshbench.provisioning.ui.internal.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.server.SessionState;

/**
 * The view's status line: the connection, whether the server runs and on which whitelist, and the sessions, e.g.
 * {@code Workbench connection to tcp://…: connected · serving 3 nodes of whitelist.yml · 4 sessions, 1 in
 * progress}.
 */
public final class StatusText {

    private StatusText() {
    }

    /**
     * @param connection the workbench connection as described for people, if there is one
     * @param server the server's state
     * @return the line
     */
    public static String of(Optional<String> connection, ServerControl.State server) {
        return connection.orElse("Not connected") + " · " + serving(server) + " · " + sessions(server.sessions());
    }

    private static String serving(ServerControl.State server) {
        if (!server.running()) {
            return "server stopped";
        }
        return "serving " + server.whitelistSize() + (server.whitelistSize() == 1 ? " node of " : " nodes of ")
                + server.file().map(Path::getFileName).map(Path::toString).orElse("?");
    }

    private static String sessions(List<ProvisioningSession> sessions) {
        long running = sessions.stream().filter(session -> session.state() != SessionState.DONE).count();
        return sessions.size() + (sessions.size() == 1 ? " session" : " sessions")
                + (running == 0 ? "" : ", " + running + " in progress");
    }
}
