/**
 * Test harness: the embedded PostgreSQL for integration tests, Arquillian deployments of the real
 * WAR, a headless Chromium whose every photographed page is also checked for width and for WCAG 2.1
 * AA ({@link org.clausewatch.testing.Accessibility}, axe-core), a walk through a page with the Tab
 * key ({@link org.clausewatch.testing.Keyboard}), the seed story's rows ({@link
 * org.clausewatch.testing.SeedStory}), and JDBC helpers for client-side tests.
 */
package org.clausewatch.testing;
