package org.meshbench.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules every MANIFEST.MF of the tree follows, so that package versions have one source (the manifest) and
 * every import range is written the same way.
 */
class ManifestRulesTest {

	/** {@code [major.minor,ceiling)}: the ceiling is the next major, or the next minor below 1.0 (no promise there). */
	private static final Pattern RANGE = Pattern.compile("\\[(\\d+)\\.(\\d+),(\\d+(?:\\.\\d+)?)\\)");
	private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

	private static List<BundleManifest> manifests;
	private static Map<String, String> exportedVersions;
	private static Set<String> internalPackages;

	@BeforeAll
	static void readEveryManifest() throws IOException {
		Path root = Path.of(System.getProperty("meshbench.root", "../.."));
		try (Stream<Path> files = Files.walk(root)) {
			manifests = files.filter(ManifestRulesTest::isSourceManifest).map(BundleManifest::read).toList();
		}
		exportedVersions = new HashMap<>();
		internalPackages = new HashSet<>();
		manifests.forEach(manifest -> manifest.clauses("Export-Package").forEach(clause -> {
			if (clause.attribute("version") != null) {
				exportedVersions.put(clause.name(), clause.attribute("version"));
			} else {
				internalPackages.add(clause.name());
			}
		}));
		assertFalse(manifests.size() < 20, "found only " + manifests.size() + " manifests under " + root.toAbsolutePath());
	}

	@Test
	void apiPackagesCarryAVersionAndInternalOnesDoNot() {
		List<String> wrong = new ArrayList<>();
		for (BundleManifest manifest : manifests) {
			for (Clause clause : manifest.clauses("Export-Package")) {
				boolean internal = clause.directive("x-internal") != null || clause.directive("x-friends") != null;
				String version = clause.attribute("version");
				if (internal ? version != null : version == null || !VERSION.matcher(version).matches()) {
					wrong.add(manifest.name() + ": " + clause);
				}
			}
		}
		assertEquals(List.of(), wrong, "exported API packages need version=\"M.m.u\", x-internal ones none");
	}

	@Test
	void packageVersionsAreWrittenOnlyInTheManifest() throws IOException {
		List<String> annotated = new ArrayList<>();
		for (BundleManifest manifest : manifests) {
			Path sources = manifest.bundleDir().resolve("src/main/java");
			if (!Files.isDirectory(sources)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(sources)) {
				files.filter(file -> file.endsWith("package-info.java"))
						.filter(file -> read(file).contains("annotation.versioning.Version"))
						.forEach(file -> annotated.add(file.toString()));
			}
		}
		assertEquals(List.of(), annotated, "package versions belong in Export-Package, not in @Version");
	}

	@Test
	void everyRangeFollowsTheOneRule() {
		List<String> wrong = new ArrayList<>();
		for (BundleManifest manifest : manifests) {
			manifest.clauses("Import-Package").forEach(clause -> checkRange(manifest, clause, clause.attribute("version"), wrong));
			manifest.clauses("Require-Bundle").forEach(clause -> checkRange(manifest, clause, clause.attribute("bundle-version"), wrong));
			manifest.clauses("Fragment-Host").forEach(clause -> checkRange(manifest, clause, clause.attribute("bundle-version"), wrong));
		}
		assertEquals(List.of(), wrong, "ranges are [major.minor,next major), or [0.minor,0.next minor) below 1.0");
	}

	@Test
	void importsOfOurPackagesStartAtTheExportedVersion() {
		List<String> wrong = new ArrayList<>();
		for (BundleManifest manifest : manifests) {
			for (Clause clause : manifest.clauses("Import-Package")) {
				if (!clause.name().startsWith("org.meshbench.")) {
					continue;
				}
				String exported = exportedVersions.get(clause.name());
				String range = clause.attribute("version");
				boolean internal = internalPackages.contains(clause.name());
				if (internal ? range != null
						: exported == null || range == null || !range.startsWith("[" + majorMinor(exported) + ",")) {
					wrong.add(manifest.name() + ": " + clause + " (exported as " + exported + ")");
				}
			}
		}
		assertEquals(List.of(), wrong, "an import of our own API package starts at the major.minor it is exported with; of an internal one, has no range");
	}

	private static void checkRange(BundleManifest manifest, Clause clause, String range, List<String> wrong) {
		if (range == null) {
			return;
		}
		Matcher matcher = RANGE.matcher(range);
		if (!matcher.matches() || !matcher.group(3).equals(ceiling(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))) {
			wrong.add(manifest.name() + ": " + clause);
		}
	}

	private static String ceiling(int major, int minor) {
		return major == 0 ? "0." + (minor + 1) : Integer.toString(major + 1);
	}

	private static String majorMinor(String version) {
		return version.substring(0, version.lastIndexOf('.'));
	}

	private static boolean isSourceManifest(Path file) {
		if (!file.endsWith(Path.of("META-INF", "MANIFEST.MF"))) {
			return false;
		}
		for (Path part : file) {
			String name = part.toString();
			if (name.equals("target") || name.startsWith(".")) {
				return false;
			}
		}
		return true;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new IllegalStateException("cannot read " + file, e);
		}
	}
}
