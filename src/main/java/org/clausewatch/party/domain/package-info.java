/** The party entity and its queries. */
package org.clausewatch.party.domain;
