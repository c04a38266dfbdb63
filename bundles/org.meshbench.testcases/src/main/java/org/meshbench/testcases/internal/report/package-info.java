/** Helpers of the report writers: JSON text and XML-safe text. */
package org.meshbench.testcases.internal.report;
