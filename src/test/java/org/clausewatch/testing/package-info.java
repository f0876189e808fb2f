/**
 * Test harness: the embedded PostgreSQL for integration tests, Arquillian deployments of the real
 * WAR, a headless Chromium whose every photographed page is also checked for width and for WCAG 2.1
 * AA ({@link org.clausewatch.testing.Accessibility}, axe-core), a walk through a page with the Tab
 * key ({@link org.clausewatch.testing.Keyboard}), the seed story's rows ({@link
 * org.clausewatch.testing.SeedStory}), JDBC helpers for client-side tests, and {@link
 * org.clausewatch.testing.Sql} for SQL a test runs behind the application's back (also waiting
 * until a session waits for a lock).
 */
package org.clausewatch.testing;
