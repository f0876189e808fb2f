/** The usage restriction entity and its queries. */
package org.clausewatch.restriction.domain;
