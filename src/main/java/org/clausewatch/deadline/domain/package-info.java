/** Deadline and obligation entities, due-time rules, recurrence. */
package org.clausewatch.deadline.domain;
