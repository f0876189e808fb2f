/** Dispute feature, domain layer. */
package org.clausewatch.dispute.domain;
