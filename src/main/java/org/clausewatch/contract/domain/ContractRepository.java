package org.clausewatch.contract.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.SortDirection;

/**
 * Contract persistence and the contract list. A list is one count and one page query, both
 * filtered, sorted and paged in PostgreSQL.
 *
 * <p>"Needs attention" and the filter by flag read the flag feature's stored flags ({@link
 * #ATTENTION}, {@link #FLAGGED}): one subquery on one table, through its partial indexes. The flag
 * feature depends on {@code contract}, not the other way round, so its entity is named in query
 * text only.
 */
@ApplicationScoped
public class ContractRepository {

  /** Contracts with a flag that asks for attention, not dismissed (V21's partial index). */
  static final String ATTENTION =
      "select f.contractId from Flag f where f.attention = true and f.dismissal is null";

  /** Contracts with a flag of rule :flag, not dismissed (V21's partial index). */
  static final String FLAGGED =
      "select f.contractId from Flag f where f.rule = :flag and f.dismissal is null";

  private static final String DISPUTED =
      "exists (select 1 from Flag f where f.contractId = c.id and f.rule = 'TERM_DISPUTED'"
          + " and f.dismissal is null)";

  private static final String DEADLINE_DUE =
      "exists (select 1 from Flag f where f.contractId = c.id and f.rule in"
          + " ('DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE', 'OBLIGATION_OVERDUE') and f.dismissal"
          + " is null)";

  /**
   * A list row. Two flag columns are probes per row (V21's partial indexes), so a page of 25 costs
   * 50 index lookups; whether it needs attention, and how urgently, is kept on the contract (V35);
   * "c.id in (...)" here made PostgreSQL hash every flagged contract (about 75,000 flags at 100,000
   * contracts) on every list request.
   */
  private static final String SELECT_SUMMARY =
      "select new org.clausewatch.contract.domain.ContractSummary(c.number, c.title, c.type,"
          + " b.name, v.name, c.status, c.classification, c.ceiling.amount, c.obligatedAmount,"
          + " c.ceiling.currency,"
          + " case when "
          + DISPUTED
          + " then true else false end,"
          + " case when "
          + DEADLINE_DUE
          + " then true else false end, c.urgency, c.illustrative)"
          + " from Contract c join c.buyer b join c.vendor v";

  /**
   * Up to this many parties matching the party filter are looked up first and compared by id (index
   * scans on the contract's foreign keys); a more common name falls back to a subquery.
   */
  static final int PARTY_IDS = 200;

  @PersistenceContext private EntityManager em;

  public Contract add(Contract contract) {
    em.persist(contract);
    return contract;
  }

  public Optional<Contract> findByNumber(String number) {
    return em.createNamedQuery(Contract.FIND_BY_NUMBER, Contract.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /** The contract's marking, or empty if unknown or above the caller's clearance. */
  public Optional<Classification> markingOf(String number) {
    return em.createQuery(
            "select c.classification from Contract c where c.number = :number",
            Classification.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /** Whether the contract exists and the caller may see it (the clearance filter applies). */
  public boolean isVisible(long id) {
    return !em.createQuery("select c.id from Contract c where c.id = :id", Long.class)
        .setParameter("id", id)
        .getResultList()
        .isEmpty();
  }

  /**
   * Whether any contract has this number, including those above the caller's clearance: a native
   * query, which the clearance filter does not touch. Callers must not tell the two cases apart.
   */
  /**
   * Until the transaction ends, makes any other transaction that takes {@code number} for a
   * contract (registering or renumbering) wait here; it then finds the number taken if this one
   * took it. Advisory lock space 3 (1 and 2 are party and topic names).
   */
  public void lockNumber(String number) {
    em.createNativeQuery("select count(pg_advisory_xact_lock(3, hashtext(?1)))")
        .setParameter(1, number)
        .getSingleResult();
  }

  public boolean numberTaken(String number) {
    return !em.createNativeQuery("select 1 from contract where number = ?1")
        .setParameter(1, number)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public boolean existsByNumber(String number) {
    return !em.createQuery("select c.id from Contract c where c.number = :number", Long.class)
        .setParameter("number", number)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public Map<ContractStatus, Long> countByStatus() {
    Map<ContractStatus, Long> counts = new EnumMap<>(ContractStatus.class);
    for (ContractStatus status : ContractStatus.values()) {
      counts.put(status, 0L);
    }
    em.createNamedQuery(Contract.COUNT_BY_STATUS, Object[].class)
        .getResultList()
        .forEach(row -> counts.put((ContractStatus) row[0], (Long) row[1]));
    return counts;
  }

  /**
   * Where the changes that can alter a list's count stand: V24's sequence, advanced at the commit
   * of every change to a contract, a party or a flag. One statement.
   */
  public long listVersion() {
    return ((Number)
            em.createNativeQuery("select last_value from contract_list_change_seq")
                .getSingleResult())
        .longValue();
  }

  /** How many contracts match: one SQL statement. */
  public long count(ContractQuery query) {
    Jpql where = where(query);
    TypedQuery<Long> count =
        em.createQuery("select count(c) from Contract c" + where.text, Long.class);
    where.bind(count);
    return count.getSingleResult();
  }

  /**
   * How many contracts match, counted only up to {@code limit + 1}: a page of ids, so the cost is
   * bounded however large the table is (a full count scans every visible contract).
   *
   * @return the exact number when at most {@code limit}, else {@code limit + 1}
   */
  public long countUpTo(ContractQuery query, int limit) {
    Jpql where = where(query);
    TypedQuery<Long> ids = em.createQuery("select c.id from Contract c" + where.text, Long.class);
    where.bind(ids);
    return ids.setMaxResults(limit + 1).getResultList().size();
  }

  /**
   * One page of matching contracts as list rows, {@code page.offset()} rows in: two statements, the
   * page's ids (the rows skipped are read from the sort's index, nothing else), then their rows.
   */
  public List<ContractSummary> page(ContractQuery query, PageRequest page) {
    Jpql where = where(query);
    TypedQuery<String> ids =
        em.createQuery(
            "select c.number from Contract c"
                + where.text
                + orderBy(query.sort(), query.direction()),
            String.class);
    where.bind(ids);
    return rowsOf(ids.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList());
  }

  /**
   * The page next to a row (keyset paging): the {@code limit} matching contracts just after (or
   * before) the contract numbered {@code cursor.number()} in the query's order. Its cost does not
   * grow with the depth: the sort's index is entered at the cursor's key. Three statements: the
   * cursor's key, the page's ids, their rows.
   *
   * @return empty when the cursor's contract is unknown or not visible to the caller (the same
   *     answer for both), so the caller pages by offset instead; in number order the number itself
   *     is the key, so the page next to it is read whether or not such a contract exists (again the
   *     same answer for a hidden and an unknown number)
   */
  public Optional<List<ContractSummary>> seek(ContractQuery query, ListCursor cursor, int limit) {
    ContractSortField sort = query.sort();
    Optional<Object> key =
        sort == ContractSortField.NUMBER
            ? Optional.of(cursor.number())
            : em.createQuery(
                    "select " + sortKey(sort) + " from Contract c" + " where c.number = :number",
                    Object.class)
                .setParameter("number", cursor.number())
                .getResultStream()
                .findFirst();
    return key.map(
        k ->
            rowsOf(
                numbersNextTo(
                    query, new ListAnchor(k, cursor.number()), cursor.after(), 0, limit)));
  }

  /**
   * Every {@code every}-th matching contract in the query's order (the rows at positions {@code
   * every}, {@code 2 * every}, ... counted from 1), with its sort key. Each anchor is found from
   * the one before it (the sort's index entered at its key, {@code every} entries read), one
   * statement per anchor: memory stays constant however many rows match (reading them all at once
   * held every matching row's key in memory).
   */
  public List<ListAnchor> anchors(ContractQuery query, int every) {
    List<ListAnchor> anchors = new ArrayList<>();
    ListAnchor last = null;
    while (true) {
      Optional<ListAnchor> next = anchorAfter(query, last, every);
      if (next.isEmpty()) {
        return anchors;
      }
      last = next.get();
      anchors.add(last);
    }
  }

  /** The {@code every}-th row after {@code from} (null: from the start), if there is one. */
  private Optional<ListAnchor> anchorAfter(ContractQuery query, ListAnchor from, int every) {
    ContractSortField sort = query.sort();
    Jpql where = where(query);
    String text = "select " + sortKey(sort) + ", c.number from Contract c" + where.text;
    if (from != null) {
      text += (where.text.isEmpty() ? " where " : " and ") + seek(query, true);
    }
    TypedQuery<Object[]> row =
        em.createQuery(text + orderBy(sort, query.direction()), Object[].class);
    where.bind(row);
    if (from != null) {
      bindSeek(row, sort, from);
    }
    return row.setFirstResult(every - 1).setMaxResults(1).getResultList().stream()
        .findFirst()
        .map(r -> new ListAnchor(r[0], (String) r[1]));
  }

  /**
   * A page that starts {@code skip} rows after an anchor of the same query (see {@link #anchors}):
   * the sort's index is entered at the anchor's key, so a page deep in the list skips at most the
   * rows between two anchors instead of every row before it. Two statements.
   */
  public List<ContractSummary> pageAfter(
      ContractQuery query, ListAnchor anchor, int skip, int limit) {
    return rowsOf(numbersNextTo(query, anchor, true, skip, limit));
  }

  /** The numbers of the rows just after (or before) a row of the query's order: one statement. */
  private List<String> numbersNextTo(
      ContractQuery query, ListAnchor from, boolean after, int skip, int limit) {
    ContractSortField sort = query.sort();
    boolean ascending = query.direction() == SortDirection.ASCENDING;
    SortDirection scan =
        after ? query.direction() : ascending ? SortDirection.DESCENDING : SortDirection.ASCENDING;
    Jpql where = where(query);
    TypedQuery<String> ids =
        em.createQuery(
            "select c.number from Contract c"
                + where.text
                + (where.text.isEmpty() ? " where " : " and ")
                + seek(query, after)
                + orderBy(sort, scan),
            String.class);
    where.bind(ids);
    bindSeek(ids, sort, from);
    List<String> numbers =
        new ArrayList<>(ids.setFirstResult(skip).setMaxResults(limit).getResultList());
    if (!after) {
      Collections.reverse(numbers);
    }
    return numbers;
  }

  /** The condition "after (or before) the row bound by {@link #bindSeek}" in the query's order. */
  private static String seek(ContractQuery query, boolean after) {
    boolean ascending = query.direction() == SortDirection.ASCENDING;
    String comparison = after == ascending ? ">" : "<";
    return query.sort() == ContractSortField.NUMBER
        ? "c.number " + comparison + " :seekNumber"
        : "(" + sortKey(query.sort()) + ", c.number) " + comparison + " (:seekKey, :seekNumber)";
  }

  private static void bindSeek(TypedQuery<?> q, ContractSortField sort, ListAnchor from) {
    q.setParameter("seekNumber", from.number());
    if (sort != ContractSortField.NUMBER) {
      // An enum key (the type) is stored by name; bound alone inside a tuple it would be sent as
      // its ordinal.
      q.setParameter("seekKey", from.key() instanceof Enum<?> e ? e.name() : from.key());
    }
  }

  /** The list rows of these contracts, in the order given: one statement. */
  private List<ContractSummary> rowsOf(List<String> numbers) {
    if (numbers.isEmpty()) {
      return List.of();
    }
    Map<String, ContractSummary> byNumber = new HashMap<>();
    em.createQuery(SELECT_SUMMARY + " where c.number in :numbers", ContractSummary.class)
        .setParameter("numbers", numbers)
        .getResultList()
        .forEach(row -> byNumber.put(row.number(), row));
    return numbers.stream().map(byNumber::get).filter(Objects::nonNull).toList();
  }

  /**
   * The names of a contract's parties: buyer, vendor, then participants by name; empty if the
   * contract is unknown or above the caller's clearance.
   */
  public List<String> partyNamesOf(String number) {
    return findByNumber(number)
        .map(
            c -> {
              java.util.Set<String> names = new java.util.LinkedHashSet<>();
              names.add(c.buyer().name());
              names.add(c.vendor().name());
              c.participants().stream().map(p -> p.party().name()).sorted().forEach(names::add);
              return List.copyOf(names);
            })
        .orElse(List.of());
  }

  /**
   * Contracts a party takes part in (buyer, vendor or participant), by number, at most {@code
   * limit}: one statement; the clearance filter applies.
   */
  public List<ContractSummary> ofParty(String partyName, int limit) {
    return em.createQuery(
            SELECT_SUMMARY
                + " where b.name = :name or v.name = :name or c.id in (select c2.id from Contract"
                + " c2 join c2.participants pp where pp.party.name = :name) order by c.number",
            ContractSummary.class)
        .setParameter("name", partyName)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Matching contracts after {@code afterNumber} in number order (keyset paging): each chunk of an
   * export costs the same, however deep into the list it is.
   */
  public List<ContractSummary> chunkAfter(ContractQuery query, String afterNumber, int size) {
    Jpql where = where(query);
    String keyset =
        afterNumber == null
            ? ""
            : (where.text.isEmpty() ? " where" : " and") + " c.number > :after";
    TypedQuery<ContractSummary> rows =
        em.createQuery(
            SELECT_SUMMARY + where.text + keyset + " order by c.number", ContractSummary.class);
    where.bind(rows);
    if (afterNumber != null) {
      rows.setParameter("after", afterNumber);
    }
    return rows.setMaxResults(size).getResultList();
  }

  /** The contract page's view of a contract: six statements, whatever the collection sizes. */
  public Optional<ContractDetails> detailsOf(String number) {
    return findByNumber(number)
        .map(
            c ->
                new ContractDetails(
                    c.number(),
                    c.title(),
                    c.type(),
                    c.status(),
                    c.classification(),
                    c.buyer().name(),
                    c.vendor().name(),
                    c.ceiling(),
                    c.obligated(),
                    c.awardDate(),
                    c.period() == null ? null : c.period().start(),
                    c.period() == null ? null : c.period().end(),
                    c.description(),
                    c.illustrative(),
                    em.createQuery(
                            "select new org.clausewatch.contract.domain.ParticipantLine("
                                + "p.party.name, p.role) from Contract c join c.participants p"
                                + " where c.id = :id order by p.role, p.party.name",
                            ParticipantLine.class)
                        .setParameter("id", c.id())
                        .getResultList(),
                    em.createQuery(
                            "select new org.clausewatch.contract.domain.AuthorisationLine("
                                + "index(a), a.description, a.grantedOn, a.withdrawnOn,"
                                + " a.withdrawalReason) from Contract c join c.authorisations a"
                                + " where c.id = :id order by index(a)",
                            AuthorisationLine.class)
                        .setParameter("id", c.id())
                        .getResultList(),
                    em.createQuery(
                            "select new org.clausewatch.contract.domain.ModificationLine(m.number,"
                                + " m.effectiveDate, m.description, m.valueChange,"
                                + " m.obligatedChange, m.newStartDate, m.newEndDate)"
                                + " from Modification m where m.contract.id = :id order by m.number",
                            ModificationLine.class)
                        .setParameter("id", c.id())
                        .getResultList()));
  }

  /** A JPQL where clause and its parameters, built once for both count and page. */
  private static final class Jpql {
    final String text;
    final Map<String, Object> parameters;

    Jpql(String text, Map<String, Object> parameters) {
      this.text = text;
      this.parameters = parameters;
    }

    void bind(TypedQuery<?> query) {
      parameters.forEach(query::setParameter);
    }
  }

  private Jpql where(ContractQuery query) {
    StringBuilder where = new StringBuilder();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (query.text() != null) {
      and(
          where,
          "(lower(c.number) like :text escape '\\' or lower(c.title) like :text escape '\\')");
      parameters.put("text", contains(query.text()));
    }
    if (query.party() != null) {
      List<Long> partyIds =
          em.createQuery(
                  "select p.id from Party p where lower(p.name) like :party escape '\\'",
                  Long.class)
              .setParameter("party", contains(query.party()))
              .setMaxResults(PARTY_IDS + 1)
              .getResultList();
      if (partyIds.size() <= PARTY_IDS) {
        and(where, "(c.buyer.id in :partyIds or c.vendor.id in :partyIds)");
        // No party matches: an id no row has, so the list is empty and the statement stays valid.
        parameters.put("partyIds", partyIds.isEmpty() ? List.of(-1L) : partyIds);
      } else {
        partyByName(where, parameters, query.party());
      }
    }
    if (!query.types().isEmpty()) {
      and(where, "c.type in :types");
      parameters.put("types", query.types());
    }
    if (!query.statuses().isEmpty()) {
      and(where, "c.status in :statuses");
      parameters.put("statuses", query.statuses());
    }
    if (!query.classifications().isEmpty()) {
      and(where, "c.classification in :classifications");
      parameters.put("classifications", query.classifications());
    }
    if (query.minCeiling() != null) {
      and(where, "c.ceiling.amount >= :minCeiling");
      parameters.put("minCeiling", query.minCeiling());
    }
    if (query.maxCeiling() != null) {
      and(where, "c.ceiling.amount <= :maxCeiling");
      parameters.put("maxCeiling", query.maxCeiling());
    }
    if (query.attentionOnly()) {
      and(where, "c.id in (" + ATTENTION + ")");
    }
    if (query.flag() != null) {
      and(where, "c.id in (" + FLAGGED + ")");
      parameters.put("flag", query.flag());
    }
    return new Jpql(where.toString(), parameters);
  }

  private static void partyByName(
      StringBuilder where, Map<String, Object> parameters, String party) {
    and(
        where,
        // Compared on the contract's own foreign keys with two small hashed party lists. A
        // semi-join from matching parties was faster for a rare name but 5x slower for a
        // common one (see docs/performance.md).
        "(c.buyer in (select p from Party p where lower(p.name) like :party escape '\\')"
            + " or c.vendor in (select p from Party p where lower(p.name) like :party"
            + " escape '\\'))");
    parameters.put("party", contains(party));
  }

  private static void and(StringBuilder where, String condition) {
    where.append(where.isEmpty() ? " where " : " and ").append(condition);
  }

  private static String sortKey(ContractSortField sort) {
    return switch (sort) {
      case NUMBER -> "c.number";
      case TITLE -> "c.title";
      case TYPE -> "c.type";
      case BUYER -> "c.buyerName";
      case VENDOR -> "c.vendorName";
      case STATUS -> "c.statusRank";
      case CLASSIFICATION -> "c.classificationRank";
      case CEILING -> "c.ceiling.amount";
      case URGENCY -> "c.urgency";
    };
  }

  private static String orderBy(ContractSortField sort, SortDirection direction) {
    String dir = direction == SortDirection.ASCENDING ? "asc" : "desc";
    // The number is unique: a stable tie-breaker keeps rows from moving between pages. It runs in
    // the same direction as the key, so that one (key, number) index serves both directions: with
    // "number asc" under a descending key PostgreSQL sorted every visible contract (91 ms SQL for
    // "marking, descending" at 100,000 contracts).
    return sort == ContractSortField.NUMBER
        ? " order by c.number " + dir
        : " order by " + sortKey(sort) + " " + dir + ", c.number " + dir;
  }

  private static String contains(String text) {
    return "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
