package org.meshbench.provisioning.ui.internal.model;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.WhitelistEntry;
import org.meshbench.provisioning.server.ProvisioningSession;

/** The columns of the session table: header, width and the text of a session's cell. */
public enum SessionColumn {
    /** The mesh address the node's frames come from, as {@code meshbench provision} prints it. */
    NODE("Node", 90),
    /** The UID of its START, in hex. */
    UID("UID", 300),
    /** The method its whitelist entry says, or that it is not listed. */
    METHOD("Method", 100),
    /** Where the session is. */
    STATE("State", 130),
    /** How it ended and why, or what happened last while it runs. */
    OUTCOME("Outcome", 380),
    /** When its first START arrived. */
    STARTED("Started", 80),
    /** From the first START to the last change. */
    DURATION("Duration", 80);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final String header;
    private final int width;

    SessionColumn(String header, int width) {
        this.header = header;
        this.width = width;
    }

    /** @return the column's title */
    public String header() {
        return header;
    }

    /** @return its initial width in pixels */
    public int width() {
        return width;
    }

    /**
     * @param session a session
     * @param whitelist the whitelist the server uses, for the method
     * @param zone the time zone of the start time
     * @return the cell's text
     */
    public String text(ProvisioningSession session, Whitelist whitelist, ZoneId zone) {
        return switch (this) {
            case NODE -> Long.toString(session.key().sourceAddress());
            case UID -> session.uid().toHex();
            case METHOD -> whitelist.entry(session.uid()).map(WhitelistEntry::method).map(Enum::name)
                    .orElse("not listed");
            case STATE -> session.state().name();
            case OUTCOME -> session.outcome().map(outcome -> outcome.name() + ": " + session.detail())
                    .orElse(session.detail());
            case STARTED -> TIME.format(session.started().atZone(zone));
            case DURATION -> duration(Duration.between(session.started(), session.updated()));
        };
    }

    private static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 60 ? String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0)
                : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
