/** JDBC implementation of the history database, its schema migrations and the message-to-record mapping. */
package org.meshbench.history.internal;
