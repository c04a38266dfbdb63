package org.meshbench.conventions;

import java.util.List;

/** One clause of a manifest header: {@code name;attribute="value";directive:=value}. */
record Clause(String text, String name, List<String> parameters) {

	static Clause parse(String text) {
		List<String> parts = BundleManifest.split(text, ';');
		return new Clause(text, parts.get(0), parts.subList(1, parts.size()));
	}

	String attribute(String key) {
		return value(key + "=");
	}

	String directive(String key) {
		return value(key + ":=");
	}

	private String value(String prefix) {
		return parameters.stream().filter(parameter -> parameter.startsWith(prefix))
				.map(parameter -> parameter.substring(prefix.length()).replace("\"", "")).findFirst().orElse(null);
	}

	@Override
	public String toString() {
		return text;
	}
}
