package org.clausewatch.search.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two SQL statements of a search, with their parameters: the facets (every match the caller may
 * see, grouped) and the page (ranked, with excerpts for its rows only). Each kind is one branch of
 * a {@code UNION ALL} that reads its table's GIN index ({@code @@}) or, for contract and clause
 * numbers typed exactly, the number index; the clearance filter is in every branch. Each branch
 * stops after {@link #CANDIDATES} + 1 matches, so a common word costs what a rarer one does; the
 * page ranks those. The benchmark runs the same statements under {@code EXPLAIN ANALYZE}.
 */
public final class SearchSql {

  /**
   * Matches of one kind that are ranked and counted: the first this many found, plus one to tell
   * that there are more. A common word ("shall": a million clauses at 100,000 contracts) was ranked
   * and counted in full, 12 s per search; beyond this many the page shows the best-ranked of these
   * and says "more than".
   */
  public static final int CANDIDATES = 10_000;

  private static final String HITS_COLUMNS =
      "kind, subject, contract_id, clause_id, rank, status, classification, category, buyer,"
          + " vendor";

  /** Longest text of a row that {@code ts_headline} reads (it is linear in the text). */
  static final int HEADLINE_TEXT = 20_000;

  private final String facets;
  private final String page;
  private final Map<String, Object> facetParameters;
  private final Map<String, Object> pageParameters;

  private SearchSql(
      String facets,
      String page,
      Map<String, Object> facetParameters,
      Map<String, Object> pageParameters) {
    this.facets = facets;
    this.page = page;
    this.facetParameters = facetParameters;
    this.pageParameters = pageParameters;
  }

  public String facets() {
    return facets;
  }

  public String page() {
    return page;
  }

  public Map<String, Object> facetParameters() {
    return facetParameters;
  }

  public Map<String, Object> pageParameters() {
    return pageParameters;
  }

  /** The statements for this request as a caller of this clearance rank sees it. */
  public static SearchSql of(SearchRequest r, int clearanceRank) {
    return of(r, clearanceRank, CANDIDATES);
  }

  /** The statements with another number of candidates per kind (tests: a small one). */
  static SearchSql of(SearchRequest r, int clearanceRank, int candidates) {
    Map<String, Object> common = new LinkedHashMap<>();
    common.put("text", r.text());
    common.put("raw", r.text());
    common.put("clearance", clearanceRank);
    common.put("candidates", candidates + 1);
    StringBuilder contractFilter = new StringBuilder(" and c.classification_rank <= :clearance");
    if (r.status() != null) {
      contractFilter.append(" and c.status = :status");
      common.put("status", r.status());
    }
    if (r.classification() != null) {
      contractFilter.append(" and c.classification = :classification");
      common.put("classification", r.classification());
    }
    if (r.party() != null) {
      contractFilter.append(
          " and (c.buyer_id in (select id from party where name = :party)"
              + " or c.vendor_id in (select id from party where name = :party))");
      common.put("party", r.party());
    }
    if (r.category() != null) {
      common.put("category", r.category());
    }
    String hitsAll = hits(r, contractFilter.toString(), null);
    String hitsOfKind = hits(r, contractFilter.toString(), r.kind());

    // The branches carry what the facets group by, so the facets read no table of their own.
    String facets =
        "with q as (select websearch_to_tsquery('english', :text) as query), hits ("
            + HITS_COLUMNS
            + ") as ("
            + hitsAll
            + ") select h.kind, h.status, h.classification, h.category, h.buyer, h.vendor,"
            + " count(*) as n,"
            + " grouping(h.kind, h.status, h.classification, h.category, h.buyer, h.vendor) as g"
            + " from hits h"
            + " group by grouping sets ((h.kind), (h.status), (h.classification), (h.category),"
            + " (h.buyer), (h.vendor))";

    Map<String, Object> pageParameters = new LinkedHashMap<>(common);
    pageParameters.put("limit", r.size());
    pageParameters.put("offset", r.offset());
    String page =
        "with q as (select websearch_to_tsquery('english', :text) as query), hits ("
            + HITS_COLUMNS
            + ") as ("
            + hitsOfKind
            + ") select h.kind, h.subject, c.number, c.title, c.classification, cl.number as"
            + " clause_number, case h.kind when 'CONTRACT' then c.title when 'CLAUSE' then"
            + " cl.heading when 'RESTRICTION' then ur.restricted_use when 'POSITION' then"
            + " pp.name when 'ANNOTATION' then an.author when 'DEADLINE' then d.title end as label,"
            + " ts_headline('english', left(case h.kind when 'CONTRACT' then c.title || '. ' ||"
            + " coalesce(c.description, '') when 'CLAUSE' then cl.heading || '. ' || cl.text when"
            + " 'RESTRICTION' then ur.restricted_use || '. ' || coalesce(ur.condition, '') when"
            + " 'POSITION' then tp.statement when 'ANNOTATION' then an.body || ' ' ||"
            + " coalesce(an.proposed_text, '') when 'DEADLINE' then d.title || '. ' ||"
            + " coalesce(d.demanded_action, '') end, "
            + HEADLINE_TEXT
            + "), q.query, 'MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=\" \u2026 \","
            + " StartSel=' || chr(2) || ', StopSel=' || chr(3)) as excerpt, h.rank"
            + " from (select * from hits order by rank desc, kind, subject limit :limit offset"
            + " :offset) h cross join q join contract c on c.id = h.contract_id"
            + " left join clause cl on cl.id = h.clause_id"
            + " left join usage_restriction ur on h.kind = 'RESTRICTION' and ur.id = h.subject"
            + " left join term_position tp on h.kind = 'POSITION' and tp.id = h.subject"
            + " left join party pp on pp.id = tp.party_id"
            + " left join annotation an on h.kind = 'ANNOTATION' and an.id = h.subject"
            + " left join deadline d on h.kind = 'DEADLINE' and d.id = h.subject"
            + " order by h.rank desc, h.kind, h.subject";
    return new SearchSql(facets, page, new LinkedHashMap<>(common), pageParameters);
  }

  private static String hits(SearchRequest r, String contractFilter, SearchKind only) {
    StringBuilder sql = new StringBuilder();
    for (SearchKind kind : SearchKind.values()) {
      if (only != null && kind != only) {
        continue;
      }
      if (r.category() != null && kind != SearchKind.CLAUSE) {
        continue;
      }
      String branch =
          switch (kind) {
            case CONTRACT ->
                branch(
                    kind,
                    "c.id",
                    "cast(null as bigint)",
                    "ts_rank_cd(c.search_vector, q.query) + case when c.number = :raw then 10 else"
                        + " 0 end",
                    "cast(null as text)",
                    "contract c, q where (c.search_vector @@ q.query or c.number = :raw)");
            case CLAUSE ->
                branch(
                    kind,
                    "x.id",
                    "x.id",
                    "ts_rank_cd(x.search_vector, q.query) + case when x.number = :raw then 10 else"
                        + " 0 end",
                    "x.category",
                    "clause x join contract c on c.id = x.contract_id, q where (x.search_vector @@"
                        + " q.query or x.number = :raw) and not x.removed"
                        + (r.category() != null ? " and x.category = :category" : ""));
            case RESTRICTION -> branch(kind, "x.id", "x.clause_id", "usage_restriction");
            case POSITION -> branch(kind, "x.id", "x.clause_id", "term_position");
            case ANNOTATION -> branch(kind, "x.id", "x.clause_id", "annotation");
            case DEADLINE -> branch(kind, "x.id", "cast(null as bigint)", "deadline");
          };
      branch += contractFilter;
      if (!sql.isEmpty()) {
        sql.append(" union all ");
      }
      sql.append('(').append(branch).append(" limit :candidates)");
    }
    if (sql.isEmpty()) {
      // A clause category with another kind: nothing can match.
      return "select cast(null as text) as kind, cast(0 as bigint) as subject, cast(0 as bigint)"
          + " as contract_id, cast(null as bigint) as clause_id, cast(0 as real) as rank,"
          + " cast(null as text), cast(null as text), cast(null as text), cast(null as text),"
          + " cast(null as text) from q where false";
    }
    return sql.toString();
  }

  /** A branch over a table with a search vector and a contract id, matched by the words only. */
  private static String branch(SearchKind kind, String subject, String clause, String table) {
    return branch(
        kind,
        subject,
        clause,
        "ts_rank_cd(x.search_vector, q.query)",
        "cast(null as text)",
        table + " x join contract c on c.id = x.contract_id, q where x.search_vector @@ q.query");
  }

  /**
   * One kind's matches: {@link #HITS_COLUMNS}, the facet values taken from the contract (its
   * buyer's and vendor's names are kept on it) and, for clauses, the category.
   */
  private static String branch(
      SearchKind kind, String subject, String clause, String rank, String category, String from) {
    return "select '"
        + kind.name()
        + "', "
        + subject
        + ", c.id, "
        + clause
        + ", "
        + rank
        + ", c.status, c.classification, "
        + category
        + ", c.buyer_name, c.vendor_name from "
        + from;
  }
}
