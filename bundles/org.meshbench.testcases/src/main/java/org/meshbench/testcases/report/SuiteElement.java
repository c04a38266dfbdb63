package org.meshbench.testcases.report;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.internal.report.XmlText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Builds one {@code testsuite} element and its {@code testcase} elements. */
final class SuiteElement {

    private final Document document;
    private final TestTarget target;

    SuiteElement(Document document, TestTarget target) {
        this.document = document;
        this.target = target;
    }

    Element suite(String category, List<TestResult> results) {
        Element suite = document.createElement("testsuite");
        suite.setAttribute("name", XmlText.clean(category));
        Counts.of(results).applyTo(suite);
        suite.setAttribute("time", Counts.seconds(results.stream().map(TestResult::duration)
                .reduce(Duration.ZERO, Duration::plus)));
        suite.setAttribute("timestamp", Counts.timestamp(results.get(0).startedAt()));
        Element properties = child(suite, "properties");
        property(properties, "network", Long.toString(target.networkAddress()));
        if (!target.allowedGateways().isEmpty()) {
            property(properties, "gateways", target.allowedGateways().stream().sorted()
                    .collect(Collectors.joining(",")));
        }
        results.forEach(result -> suite.appendChild(testCase(category, result)));
        return suite;
    }

    private Element testCase(String category, TestResult result) {
        Element testCase = document.createElement("testcase");
        testCase.setAttribute("name", XmlText.clean(result.testCase().id()));
        testCase.setAttribute("classname", XmlText.clean(category));
        testCase.setAttribute("time", Counts.seconds(result.duration()));
        Element properties = child(testCase, "properties");
        property(properties, "name", result.testCase().name());
        result.parameters().forEach((key, value) -> property(properties, "parameter." + key, value));
        for (Metric metric : result.metrics()) {
            property(properties, "metric." + metric.name(),
                    metric.formattedValue() + (metric.unit().isEmpty() ? "" : " " + metric.unit()));
        }
        outcome(testCase, result);
        if (!result.logs().isEmpty()) {
            child(testCase, "system-out").setTextContent(XmlText.clean(result.logs().stream()
                    .map(LogEntry::toString).collect(Collectors.joining("\n", "", "\n"))));
        }
        return testCase;
    }

    private void outcome(Element testCase, TestResult result) {
        String element = switch (result.status()) {
            case PASSED -> null;
            case FAILED -> "failure";
            case ERROR -> "error";
            case SKIPPED -> "skipped";
        };
        if (element == null) {
            return;
        }
        Element problem = child(testCase, element);
        problem.setAttribute("message", XmlText.clean(result.message()));
        if (!element.equals("skipped")) {
            problem.setAttribute("type", result.status().name());
            problem.setTextContent(XmlText.clean(result.detail().isEmpty() ? result.message() : result.detail()));
        }
    }

    private Element child(Element parent, String name) {
        Element child = document.createElement(name);
        parent.appendChild(child);
        return child;
    }

    private void property(Element properties, String name, String value) {
        Element property = child(properties, "property");
        property.setAttribute("name", XmlText.clean(name));
        property.setAttribute("value", XmlText.clean(value));
    }
}
