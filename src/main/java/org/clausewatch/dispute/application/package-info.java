/** Dispute feature, application layer. */
package org.clausewatch.dispute.application;
