package org.clausewatch.contract.domain;

import java.util.Objects;
import java.util.Set;
import org.clausewatch.shared.SortDirection;

/**
 * What a user asked the contract list for: optional filters and one sort order. Empty filters mean
 * "no restriction".
 *
 * @param text words that must occur in the number or title (case-insensitive), or null
 * @param statuses statuses to keep, or empty for all
 */
public record ContractQuery(
    String text, Set<ContractStatus> statuses, ContractSortField sort, SortDirection direction) {

  public ContractQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    sort = Objects.requireNonNullElse(sort, ContractSortField.NUMBER);
    direction = Objects.requireNonNullElse(direction, SortDirection.ASCENDING);
  }

  public static ContractQuery all() {
    return new ContractQuery(null, Set.of(), ContractSortField.NUMBER, SortDirection.ASCENDING);
  }
}
