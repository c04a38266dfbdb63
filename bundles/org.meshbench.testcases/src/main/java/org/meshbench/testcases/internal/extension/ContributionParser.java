package org.meshbench.testcases.internal.extension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.meshbench.extensions.ContributionElement;
import org.meshbench.testcases.DurationText;
import org.meshbench.testcases.ParameterDescriptor;
import org.meshbench.testcases.TestCaseExtensionPoint;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.internal.registry.ExtensionContribution;
import org.meshbench.testcases.internal.registry.TestCaseDeclaration;

/**
 * Turns the elements of one extension into declarations. An invalid {@code testCase} element,
 * including one with an invalid parameter, is skipped and reported with the contributing plug-in's
 * id; the rest of the extension still counts.
 */
public final class ContributionParser {

    /** Test cases without a {@code timeout} attribute get this one. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private final Consumer<String> problems;

    /** @param problems receives one message per skipped element */
    public ContributionParser(Consumer<String> problems) {
        this.problems = problems;
    }

    /**
     * @param key identifies the extension
     * @param contributorId the contributing plug-in
     * @param elements the extension's top-level elements
     * @return what the valid elements declare
     */
    public ExtensionContribution parse(Object key, String contributorId, List<ContributionElement> elements) {
        List<TestCaseDeclaration> testCases = new ArrayList<>();
        for (ContributionElement element : elements) {
            try {
                if (!element.name().equals(TestCaseExtensionPoint.TEST_CASE)) {
                    throw new InvalidElementException("unknown element");
                }
                testCases.add(testCase(element, contributorId));
            } catch (InvalidElementException | IllegalArgumentException e) {
                problems.accept("plug-in " + contributorId + ", extension point " + TestCaseExtensionPoint.ID
                        + ": <" + element.name() + " id=\"" + element.attribute("id") + "\"> skipped: "
                        + e.getMessage());
            }
        }
        return new ExtensionContribution(key, contributorId, testCases);
    }

    private static TestCaseDeclaration testCase(ContributionElement element, String contributorId)
            throws InvalidElementException {
        String id = Attributes.required(element, "id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidElementException("id '" + id + "' may hold only letters, digits, '_', '.' and '-'");
        }
        Attributes.required(element, "class");
        List<ParameterDescriptor> parameters = new ArrayList<>();
        for (ContributionElement child : element.children()) {
            if (!child.name().equals(TestCaseExtensionPoint.PARAMETER)) {
                throw new InvalidElementException("unknown child element <" + child.name() + ">");
            }
            parameters.add(ParameterElements.descriptor(child));
        }
        TestCaseInfo info = new TestCaseInfo(id, Attributes.required(element, "name"),
                Attributes.optional(element, "description"), Attributes.required(element, "category"),
                timeout(element), parameters, contributorId);
        return new TestCaseDeclaration(info, () -> element.createInstance("class"));
    }

    private static Duration timeout(ContributionElement element) throws InvalidElementException {
        String text = element.attribute("timeout");
        if (text == null || text.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidElementException("timeout: " + e.getMessage());
        }
    }
}
