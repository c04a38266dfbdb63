package org.meshbench.cli.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.testcases.TestCaseRegistry;

/**
 * The OSGi services {@code meshbench test} needs. Tests build one from fakes; in the product
 * {@link #fromFramework()} looks them up.
 *
 * @param testCases the installed test cases
 * @param clients opens network clients
 * @param decoders what test cases decode packets with
 */
record TestServices(TestCaseRegistry testCases, NetworkClientFactory clients, Optional<DecoderRegistry> decoders) {

    /**
     * Declarative Services activates components in the background while the application starts, so
     * the services may appear a moment after the command begins.
     */
    private static final Duration SERVICE_WAIT = Duration.ofSeconds(10);

    TestServices {
        Objects.requireNonNull(testCases, "testCases");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(decoders, "decoders");
    }

    /** Where the command gets its services. */
    @FunctionalInterface
    interface Source {
        /**
         * @return the services
         * @throws ServicesUnavailableException if one is missing
         */
        TestServices get() throws ServicesUnavailableException;
    }

    /**
     * @return the services registered in the running framework
     * @throws ServicesUnavailableException if one does not appear in time
     */
    static TestServices fromFramework() throws ServicesUnavailableException {
        return new TestServices(FrameworkServices.await(TestCaseRegistry.class, SERVICE_WAIT),
                FrameworkServices.await(NetworkClientFactory.class, SERVICE_WAIT),
                Optional.of(FrameworkServices.await(DecoderRegistry.class, SERVICE_WAIT)));
    }
}
