/**
 * Search (issue #12): one search box for contracts, clauses, usage restrictions, positions,
 * annotations and deadlines.
 *
 * <ul>
 *   <li>R1 Words in web-search syntax (quoted phrases, {@code -word}, {@code or}) through
 *       PostgreSQL full text ({@code websearch_to_tsquery}, English stemming) on stored, weighted
 *       vectors with GIN indexes (V22); a contract or clause number typed exactly is found exactly
 *       and ranked first. Ranked by {@code ts_rank_cd}; excerpts by {@code ts_headline}, computed
 *       for the shown page only and on at most 20,000 characters of a row.
 *   <li>R2 Only what the caller may see is found or counted: the clearance filter is in every
 *       branch of the SQL.
 *   <li>R3 Facets (kind, contract status, marking, clause category, buyer, vendor) count every
 *       visible match; the query and the filters are in the URL.
 *   <li>R4 Each kind ranks and counts at most its first 10,000 matches; beyond them the page and
 *       the kind's facet say "more than", and the other facets' counts are of those matches.
 * </ul>
 */
package org.clausewatch.search;
