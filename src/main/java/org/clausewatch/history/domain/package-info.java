/** Versions read from the audit trail, snapshots of their fields, and field and word diffs. */
package org.clausewatch.history.domain;
