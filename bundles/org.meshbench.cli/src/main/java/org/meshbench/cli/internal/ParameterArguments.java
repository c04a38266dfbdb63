package org.meshbench.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code --param id.key=value}: the key is what follows the last dot before the {@code =}. */
final class ParameterArguments {

    private ParameterArguments() {
    }

    /**
     * @param params the values of every {@code --param}
     * @param tests the test-case ids of the run
     * @return values by test-case id, then key
     * @throws UsageException if one is malformed, names a test not in the run, or is given twice
     */
    static Map<String, Map<String, String>> parse(List<String> params, List<String> tests) throws UsageException {
        Map<String, Map<String, String>> byTest = new LinkedHashMap<>();
        for (String param : params) {
            int equals = param.indexOf('=');
            int dot = equals < 0 ? -1 : param.lastIndexOf('.', equals);
            if (dot <= 0 || dot == equals - 1) {
                throw new UsageException("--param '" + param + "' is not ID.KEY=VALUE");
            }
            String test = param.substring(0, dot);
            String key = param.substring(dot + 1, equals);
            if (!tests.contains(test)) {
                throw new UsageException("--param " + param + " is for " + test + ", which --tests does not name");
            }
            if (byTest.computeIfAbsent(test, id -> new LinkedHashMap<>()).put(key, param.substring(equals + 1))
                    != null) {
                throw new UsageException("--param " + test + "." + key + " given twice");
            }
        }
        return byTest;
    }
}
