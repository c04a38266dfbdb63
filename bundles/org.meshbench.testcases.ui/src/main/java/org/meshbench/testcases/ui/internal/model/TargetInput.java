package org.meshbench.testcases.ui.internal.model;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.meshbench.testcases.TestTarget;

/** Reads the network and gateway fields of the view into a {@link TestTarget}; stateless. */
public final class TargetInput {

    private static final long MAX_ADDRESS = 0xFFFF_FFFFL;

    private TargetInput() {
    }

    /**
     * @param network a network address, decimal or {@code 0x} hex
     * @param gateways gateway ids, comma-separated; blank allows every gateway
     * @return the target
     * @throws IllegalArgumentException saying what to type instead
     */
    public static TestTarget parse(String network, String gateways) {
        String text = network.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Enter the network address to test");
        }
        long address;
        try {
            boolean hex = text.startsWith("0x") || text.startsWith("0X");
            address = hex ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The network address '" + text + "' is not a decimal or 0x hex number",
                    e);
        }
        if (address < 0 || address > MAX_ADDRESS) {
            throw new IllegalArgumentException("The network address " + text + " is out of range");
        }
        Set<String> allowed = Arrays.stream(gateways.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new TestTarget(address, allowed);
    }
}
