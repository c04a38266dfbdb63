/** Ingest throughput of the traffic history; run on demand, not part of the normal test run. */
package org.meshbench.history.tests.benchmark;
