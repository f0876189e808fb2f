package org.clausewatch.contract.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractSummary;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;

/** The overview: contracts by status and the contracts that need attention. */
@Named
@RequestScoped
public class HomeBean {

  static final int ATTENTION_ROWS = 10;

  @Inject private ContractService contracts;

  private Map<ContractStatus, Long> countsByStatus;
  private Page<ContractSummary> attention;

  @PostConstruct
  void load() {
    countsByStatus = contracts.countByStatus();
    ContractQuery needsAttention = ContractQuery.builder().attentionOnly(true).build();
    // Counted as the list counts (kept while nothing changed): a fresh count of every contract
    // that needs attention took 36 ms on each overview at 100,000 contracts.
    attention =
        new Page<>(
            contracts.page(needsAttention, PageRequest.first(ATTENTION_ROWS)),
            contracts.countUpTo(needsAttention, ContractListBean.COUNT_CAP));
  }

  public List<ContractStatus> getStatuses() {
    return List.of(ContractStatus.values());
  }

  public long count(ContractStatus status) {
    return countsByStatus.getOrDefault(status, 0L);
  }

  public long getTotal() {
    return countsByStatus.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The highest marking of the contracts listed, for the overview's banners. */
  public Classification getMarking() {
    return Classification.highest(
        attention.items().stream().map(ContractSummary::classification).toList());
  }

  public Page<ContractSummary> getAttention() {
    return attention;
  }

  /** Whether more contracts need attention than the list counts ({@code COUNT_CAP}). */
  public boolean isAttentionBeyondCount() {
    return attention.total() > ContractListBean.COUNT_CAP;
  }

  public int getCountCap() {
    return ContractListBean.COUNT_CAP;
  }
}
