/** The OSGi service that publishes the test-case registry. */
package org.meshbench.testcases.internal.osgi;
