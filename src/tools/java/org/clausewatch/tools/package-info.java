/**
 * Developer tools that never ship in the WAR: the run launcher ({@code mvn -Prun}) and the embedded
 * PostgreSQL it shares with the integration tests.
 */
package org.clausewatch.tools;
