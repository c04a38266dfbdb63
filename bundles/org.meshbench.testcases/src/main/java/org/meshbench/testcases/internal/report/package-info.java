/** Helper of the report writers: XML-safe text. */
package org.meshbench.testcases.internal.report;
