/** OSGi integration tests of the traffic history against SQLite and a private PostgreSQL cluster. */
package org.meshbench.history.tests;
