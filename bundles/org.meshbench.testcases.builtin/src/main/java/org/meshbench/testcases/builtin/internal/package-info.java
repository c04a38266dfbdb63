/**
 * The built-in test cases, declared in this bundle's plugin.xml. Each drives the network only
 * through its {@link org.meshbench.testcases.TestContext}.
 */
package org.meshbench.testcases.builtin.internal;
