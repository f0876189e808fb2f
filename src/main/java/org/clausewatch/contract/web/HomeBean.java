package org.clausewatch.contract.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.domain.ContractStatus;

/** The overview page: how many contracts there are in each status. */
@Named
@RequestScoped
public class HomeBean {

  @Inject private ContractService contracts;

  private Map<ContractStatus, Long> countsByStatus;

  @PostConstruct
  void load() {
    countsByStatus = contracts.countByStatus();
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
}
