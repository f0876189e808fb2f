package org.clausewatch.contract.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.SortDirection;

/**
 * What a user asked the contract list for: filters (empty or null means "any") and one sort order.
 *
 * @param text must occur in the number or title (case-insensitive)
 * @param party must occur in the buyer's or vendor's name (case-insensitive)
 * @param minCeiling lowest ceiling, inclusive
 * @param maxCeiling highest ceiling, inclusive
 * @param attentionOnly only contracts that need attention (a flag that asks for it, not dismissed)
 * @param flag only contracts with this flag, not dismissed (a rule name of the flag feature)
 */
public record ContractQuery(
    String text,
    String party,
    Set<ContractType> types,
    Set<ContractStatus> statuses,
    Set<Classification> classifications,
    BigDecimal minCeiling,
    BigDecimal maxCeiling,
    boolean attentionOnly,
    String flag,
    ContractSortField sort,
    SortDirection direction) {

  public ContractQuery {
    text = blankToNull(text);
    party = blankToNull(party);
    flag = blankToNull(flag);
    types = types == null ? Set.of() : Set.copyOf(types);
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    classifications = classifications == null ? Set.of() : Set.copyOf(classifications);
    if (minCeiling != null && maxCeiling != null && minCeiling.compareTo(maxCeiling) > 0) {
      throw new IllegalArgumentException("The lowest ceiling is above the highest");
    }
    sort = Objects.requireNonNullElse(sort, ContractSortField.NUMBER);
    direction = Objects.requireNonNullElse(direction, SortDirection.ASCENDING);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The same filters in the default order: what a count depends on. */
  public ContractQuery unsorted() {
    return new ContractQuery(
        text,
        party,
        types,
        statuses,
        classifications,
        minCeiling,
        maxCeiling,
        attentionOnly,
        flag,
        null,
        null);
  }

  public static ContractQuery all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** For callers that set a few filters. */
  public static final class Builder {
    private String text;
    private String party;
    private Set<ContractType> types = Set.of();
    private Set<ContractStatus> statuses = Set.of();
    private Set<Classification> classifications = Set.of();
    private BigDecimal minCeiling;
    private BigDecimal maxCeiling;
    private boolean attentionOnly;
    private String flag;
    private ContractSortField sort;
    private SortDirection direction;

    public Builder text(String value) {
      text = value;
      return this;
    }

    public Builder party(String value) {
      party = value;
      return this;
    }

    public Builder types(Set<ContractType> value) {
      types = value;
      return this;
    }

    public Builder statuses(Set<ContractStatus> value) {
      statuses = value;
      return this;
    }

    public Builder classifications(Set<Classification> value) {
      classifications = value;
      return this;
    }

    public Builder ceilingBetween(BigDecimal min, BigDecimal max) {
      minCeiling = min;
      maxCeiling = max;
      return this;
    }

    public Builder attentionOnly(boolean value) {
      attentionOnly = value;
      return this;
    }

    public Builder flag(String value) {
      flag = value;
      return this;
    }

    public Builder sort(ContractSortField field, SortDirection dir) {
      sort = field;
      direction = dir;
      return this;
    }

    public ContractQuery build() {
      return new ContractQuery(
          text,
          party,
          types,
          statuses,
          classifications,
          minCeiling,
          maxCeiling,
          attentionOnly,
          flag,
          sort,
          direction);
    }
  }
}
