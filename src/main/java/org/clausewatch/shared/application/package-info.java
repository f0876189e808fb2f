/**
 * Start-up work that serves several features: {@code LookalikeKeysAtStartup} records what the names
 * of rows written in SQL look like, in every table a feature declares ({@code
 * shared.persistence.LookalikeKeys.Column}: parties, topics).
 */
package org.clausewatch.shared.application;
