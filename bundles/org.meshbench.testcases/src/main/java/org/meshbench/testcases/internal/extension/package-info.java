/**
 * Parses {@value org.meshbench.testcases.TestCaseExtensionPoint#ID} contributions from the Eclipse
 * extension registry or from a plugin.xml file. The parsing works on
 * {@link org.meshbench.extensions.ContributionElement}, so it is tested without OSGi.
 */
package org.meshbench.testcases.internal.extension;
