/**
 * Test harness: the embedded PostgreSQL for integration tests, Arquillian deployments of the real
 * WAR, a headless Chromium, and JDBC helpers for client-side tests.
 */
package org.clausewatch.testing;
