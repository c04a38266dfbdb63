package org.meshbench.conventions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;

/** One MANIFEST.MF of the tree, its headers split into OSGi clauses. */
record BundleManifest(Path bundleDir, Manifest manifest) {

	static BundleManifest read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new BundleManifest(file.getParent().getParent(), new Manifest(in));
		} catch (IOException e) {
			throw new IllegalStateException("cannot read " + file, e);
		}
	}

	String name() {
		return bundleDir.getFileName().toString();
	}

	List<Clause> clauses(String header) {
		String value = manifest.getMainAttributes().getValue(header);
		return value == null ? List.of() : split(value, ',').stream().map(Clause::parse).toList();
	}

	/** Splits at a separator outside double quotes (version ranges contain commas). */
	static List<String> split(String text, char separator) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == separator && !quoted) {
				parts.add(part.toString().trim());
				part.setLength(0);
			} else {
				part.append(c);
			}
		}
		parts.add(part.toString().trim());
		return parts;
	}
}
