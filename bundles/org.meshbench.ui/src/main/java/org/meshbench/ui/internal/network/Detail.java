package org.meshbench.ui.internal.network;

/**
 * One line of the details table.
 *
 * @param name  what the value is
 * @param value the value as text
 */
public record Detail(String name, String value) {
}
