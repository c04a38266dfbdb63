package org.meshbench.example.testcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.meshbench.testcases.TestCaseExtensionPoint;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestCaseRegistry;
import org.meshbench.testcases.testing.PluginXmlTestCases;
import org.w3c.dom.Element;

/** plugin.xml contributes the test case the way Meshbench reads it. */
class ContributionTest {

    @Test
    void contributesToMeshbenchsTestCaseExtensionPoint() throws Exception {
        Element extension = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("plugin.xml").toFile()).getElementsByTagName("extension").item(0);

        assertEquals(TestCaseExtensionPoint.ID, extension.getAttribute("point"));
    }

    @Test
    void declaresAValidTestCaseWhoseClassCanBeCreated() throws Exception {
        TestCaseRegistry registry = PluginXmlTestCases.read(Path.of("plugin.xml"), getClass().getClassLoader());

        TestCaseInfo info = registry.testCase(ReportAfterCommandTest.ID).orElseThrow();
        assertEquals("Acme sensors (example)", info.category());
        assertEquals("5s", info.parameter("within").orElseThrow().defaultValue().orElseThrow());
        assertInstanceOf(ReportAfterCommand.class, registry.create(info.id()));
    }
}
