/** Dispute feature, web layer. */
package org.clausewatch.dispute.web;
