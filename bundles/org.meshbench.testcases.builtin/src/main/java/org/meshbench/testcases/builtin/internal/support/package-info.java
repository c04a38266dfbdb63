/** Measurements and frame formats the built-in test cases share; plain classes without network access. */
package org.meshbench.testcases.builtin.internal.support;
