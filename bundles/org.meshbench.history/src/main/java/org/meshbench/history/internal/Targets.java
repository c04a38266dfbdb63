package org.meshbench.history.internal;

import java.util.regex.Pattern;

/** How a database target is shown in messages: never with its password. */
final class Targets {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*):[^/@]*@");

    private Targets() {
    }

    /**
     * @param target a JDBC URL or a file path
     * @return the same with {@code password=…} and {@code user:password@} masked
     */
    static String withoutPassword(String target) {
        String masked = PASSWORD.matcher(target).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1:***@");
    }
}
