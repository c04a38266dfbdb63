/** Delivery of events to listeners on the worker pool, behind bounded per-listener queues. */
package org.meshbench.network.internal.dispatch;
