package org.clausewatch.search.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two SQL statements of a search, with their parameters: the facets (every match the caller may
 * see, grouped) and the page (ranked, with excerpts for its rows only). Each kind is one branch of
 * a {@code UNION ALL} that reads its table's GIN index ({@code @@}) or, for contract and clause
 * numbers typed exactly, the number index; the clearance filter is in every branch. The benchmark
 * runs the same statements under {@code EXPLAIN ANALYZE}.
 */
public final class SearchSql {

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
    Map<String, Object> common = new LinkedHashMap<>();
    common.put("text", r.text());
    common.put("raw", r.text());
    common.put("clearance", clearanceRank);
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

    String facets =
        "with q as (select websearch_to_tsquery('english', :text) as query), hits (kind, subject, contract_id, clause_id, rank) as ("
            + hitsAll
            + ") select h.kind, c.status, c.classification, cl.category, b.name as buyer,"
            + " v.name as vendor, count(*) as n,"
            + " grouping(h.kind, c.status, c.classification, cl.category, b.name, v.name) as g"
            + " from hits h join contract c on c.id = h.contract_id"
            + " join party b on b.id = c.buyer_id join party v on v.id = c.vendor_id"
            + " left join clause cl on h.kind = 'CLAUSE' and cl.id = h.subject"
            + " group by grouping sets ((h.kind), (c.status), (c.classification), (cl.category),"
            + " (b.name), (v.name))";

    Map<String, Object> pageParameters = new LinkedHashMap<>(common);
    pageParameters.put("limit", r.size());
    pageParameters.put("offset", r.offset());
    String page =
        "with q as (select websearch_to_tsquery('english', :text) as query), hits (kind, subject, contract_id, clause_id, rank) as ("
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
                "select 'CONTRACT' as kind, c.id as subject, c.id as contract_id,"
                    + " cast(null as bigint) as clause_id, ts_rank_cd(c.search_vector, q.query)"
                    + " + case when c.number = :raw then 10 else 0 end as rank from contract c, q"
                    + " where (c.search_vector @@ q.query or c.number = :raw)"
                    + contractFilter;
            case CLAUSE ->
                "select 'CLAUSE', x.id, x.contract_id, x.id, ts_rank_cd(x.search_vector, q.query)"
                    + " + case when x.number = :raw then 10 else 0 end from clause x join contract"
                    + " c on c.id = x.contract_id, q where (x.search_vector @@ q.query or x.number ="
                    + " :raw) and not x.removed"
                    + (r.category() != null ? " and x.category = :category" : "")
                    + contractFilter;
            case RESTRICTION ->
                "select 'RESTRICTION', x.id, x.contract_id, x.clause_id,"
                    + " ts_rank_cd(x.search_vector, q.query) from usage_restriction x join contract"
                    + " c on c.id = x.contract_id, q where x.search_vector @@ q.query"
                    + contractFilter;
            case POSITION ->
                "select 'POSITION', x.id, x.contract_id, x.clause_id,"
                    + " ts_rank_cd(x.search_vector, q.query) from term_position x join contract c"
                    + " on c.id = x.contract_id, q where x.search_vector @@ q.query"
                    + contractFilter;
            case ANNOTATION ->
                "select 'ANNOTATION', x.id, x.contract_id, x.clause_id,"
                    + " ts_rank_cd(x.search_vector, q.query) from annotation x join contract c on"
                    + " c.id = x.contract_id, q where x.search_vector @@ q.query"
                    + contractFilter;
            case DEADLINE ->
                "select 'DEADLINE', x.id, x.contract_id, cast(null as bigint),"
                    + " ts_rank_cd(x.search_vector, q.query) from deadline x join contract c on"
                    + " c.id = x.contract_id, q where x.search_vector @@ q.query"
                    + contractFilter;
          };
      if (!sql.isEmpty()) {
        sql.append(" union all ");
      }
      sql.append(branch);
    }
    if (sql.isEmpty()) {
      // A clause category with another kind: nothing can match.
      return "select cast(null as text) as kind, cast(0 as bigint) as subject, cast(0 as bigint)"
          + " as contract_id, cast(null as bigint) as clause_id, cast(0 as real) as rank from q"
          + " where false";
    }
    return sql.toString();
  }
}
