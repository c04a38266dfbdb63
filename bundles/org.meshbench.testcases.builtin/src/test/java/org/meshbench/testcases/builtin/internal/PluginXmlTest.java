package org.meshbench.testcases.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestCaseRegistry;

/** Every built-in test case is declared validly and its class can be created. */
class PluginXmlTest {

    @Test
    void declaresTheEightBuiltInTestCases() throws Exception {
        TestCaseRegistry registry = BuiltinRun.registry();

        assertEquals(List.of("meshbench.app-config-propagation", "meshbench.config-data-item",
                "meshbench.broadcast-delivery", "meshbench.echo-latency", "meshbench.remote-api-ping",
                "meshbench.uplink-soak", "meshbench.inventory-audit", "meshbench.otap-readiness"),
                registry.testCases().stream().map(TestCaseInfo::id).toList());
        for (TestCaseInfo info : registry.testCases()) {
            assertFalse(info.description().isBlank(), info.id());
            registry.create(info.id());
        }
    }
}
