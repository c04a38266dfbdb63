package org.meshbench.testcases.internal.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.extensions.ContributionElement;
import org.meshbench.testcases.ParameterDescriptor;
import org.meshbench.testcases.ParameterType;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestCaseRegistry;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.internal.registry.ExtensionContribution;
import org.meshbench.testcases.testing.PluginXmlTestCases;
import org.w3c.dom.Element;

class ContributionParserTest {

    /** Loaded through the plugin.xml below. */
    public static final class Sample implements TestCase {
        @Override
        public void run(TestContext context) {
            context.log().info("sample ran");
        }
    }

    private static final String VALID = """
            <testCase id="com.example.coverage" name="Coverage" category="Application" timeout="90s"
                  description="Checks coverage." class="%s">
               <parameter key="nodes" name="Nodes" type="integerList" required="true" min="1"/>
               <parameter key="period" type="duration" default="5m" min="10s" max="10m"
                     description="Reporting period."/>
               <parameter key="unit" type="choice" choices="celsius, fahrenheit" default="celsius"/>
               <parameter key="label" type="string" default=""/>
            </testCase>""".formatted(Sample.class.getName());

    private static String plugin(String... testCases) {
        return "<plugin><extension point=\"org.meshbench.testcases\">" + String.join("", testCases)
                + "</extension><extension point=\"other.point\"><testCase id=\"ignored\"/></extension></plugin>";
    }

    private static List<ContributionElement> elements(String xml) throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        return new DomElement(root, ContributionParserTest.class.getClassLoader()).children().get(0).children();
    }

    @Test
    void readsEveryAttributeAndParameter() throws Exception {
        ExtensionContribution contribution = new ContributionParser(problem -> { throw new AssertionError(problem); })
                .parse("key", "com.example.plugin", elements(plugin(VALID)));

        TestCaseInfo info = contribution.testCases().get(0).info();
        assertEquals(new TestCaseInfo("com.example.coverage", "Coverage", "Checks coverage.", "Application",
                Duration.ofSeconds(90), info.parameters(), "com.example.plugin"), info);
        ParameterDescriptor nodes = info.parameter("nodes").orElseThrow();
        assertEquals(ParameterType.INTEGER_LIST, nodes.type());
        assertTrue(nodes.required());
        assertEquals(Optional.of("1"), nodes.min());
        assertEquals("period", info.parameter("period").orElseThrow().name());
        assertEquals(List.of("celsius", "fahrenheit"), info.parameter("unit").orElseThrow().choices());
        assertEquals(Optional.of(""), info.parameter("label").orElseThrow().defaultValue());
        assertInstanceOf(Sample.class, contribution.testCases().get(0).testCaseClass().create());
    }

    @Test
    void invalidTestCasesAreSkippedAndReportedWithThePlugin() throws Exception {
        List<String> problems = new ArrayList<>();
        String noClass = "<testCase id=\"a\" name=\"A\" category=\"C\"/>";
        String badTimeout = "<testCase id=\"b\" name=\"B\" category=\"C\" class=\"x.Y\" timeout=\"soon\"/>";
        String badDefault = "<testCase id=\"c\" name=\"C\" category=\"C\" class=\"x.Y\">"
                + "<parameter key=\"n\" type=\"integer\" default=\"five\"/></testCase>";
        String badType = "<testCase id=\"d\" name=\"D\" category=\"C\" class=\"x.Y\">"
                + "<parameter key=\"n\" type=\"colour\"/></testCase>";
        String badId = "<testCase id=\"e f\" name=\"E\" category=\"C\" class=\"x.Y\"/>";

        ExtensionContribution contribution = new ContributionParser(problems::add).parse("key", "com.example.plugin",
                elements(plugin(noClass, badTimeout, VALID, badDefault, badType, badId, "<category id=\"x\"/>")));

        assertEquals(List.of("com.example.coverage"),
                contribution.testCases().stream().map(declaration -> declaration.info().id()).toList());
        assertEquals(6, problems.size(), problems.toString());
        problems.forEach(problem -> assertTrue(problem.startsWith("plug-in com.example.plugin, extension point "
                + "org.meshbench.testcases: <"), problem));
        assertTrue(problems.get(0).contains("missing attribute class"), problems.get(0));
        assertTrue(problems.get(1).contains("timeout: 'soon' is not a duration"), problems.get(1));
        assertTrue(problems.get(2).contains("parameter n: 'five' is not a whole number"), problems.get(2));
        assertTrue(problems.get(3).contains("unknown type colour"), problems.get(3));
    }

    @Test
    void pluginXmlTestCasesReadsAFileAndCreatesTheClasses(@TempDir Path dir) throws Exception {
        Path bundle = Files.createDirectories(dir.resolve("com.example.tests"));
        Path pluginXml = Files.writeString(bundle.resolve("plugin.xml"), plugin(VALID));

        TestCaseRegistry registry = PluginXmlTestCases.read(pluginXml, getClass().getClassLoader());

        assertEquals("com.example.tests", registry.testCase("com.example.coverage").orElseThrow().contributorId());
        assertInstanceOf(Sample.class, registry.create("com.example.coverage"));
    }

    @Test
    void pluginXmlTestCasesFailsOnAnInvalidDeclaration(@TempDir Path dir) throws Exception {
        Path pluginXml = Files.writeString(dir.resolve("plugin.xml"),
                plugin("<testCase id=\"a\" name=\"A\" category=\"C\"/>"));

        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> PluginXmlTestCases.read(pluginXml, getClass().getClassLoader()));
        assertTrue(invalid.getMessage().contains("missing attribute class"), invalid.getMessage());
    }
}
