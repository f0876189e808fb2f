package org.clausewatch.contract.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractSortField;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractSummary;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.SortDirection;
import org.clausewatch.shared.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The contract list. Filters come from the URL ({@code ?q=...&status=...}) so a filtered view can
 * be bookmarked; paging and sorting are done by the database, one count and one page query.
 */
@Named
@ViewScoped
public class ContractListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContractService contracts;

  private String q;
  private String statusParam;
  private ContractStatus status;
  private LazyDataModel<ContractSummary> model;

  @PostConstruct
  void init() {
    model = new ContractLazyModel();
  }

  public LazyDataModel<ContractSummary> getModel() {
    return model;
  }

  public List<ContractStatus> getStatuses() {
    return List.of(ContractStatus.values());
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public ContractStatus getStatus() {
    return status;
  }

  public String getStatusParam() {
    return status == null ? null : status.name();
  }

  /** The raw {@code status} URL parameter; read by {@link #applyFilters()}. */
  public void setStatusParam(String statusParam) {
    this.statusParam = statusParam;
  }

  /**
   * Turns the URL parameters into filters. Each parameter stands alone: an unknown status gets a
   * message and is ignored, while the search text still applies.
   */
  public void applyFilters() {
    status = null;
    if (statusParam == null || statusParam.isBlank()) {
      return;
    }
    try {
      status = ContractStatus.valueOf(statusParam.strip());
    } catch (IllegalArgumentException e) {
      Messages.addGlobalWarn(Messages.bundle("contracts.status.invalid"));
    }
  }

  ContractQuery query(Map<String, SortMeta> sortBy) {
    // Single-column sorting: the first active sort decides; the number breaks ties.
    SortMeta active =
        sortBy.values().stream()
            .filter(meta -> !meta.getOrder().isUnsorted())
            .findFirst()
            .orElse(null);
    Set<ContractStatus> statuses = status == null ? Set.of() : EnumSet.of(status);
    if (active == null) {
      return new ContractQuery(q, statuses, ContractSortField.NUMBER, SortDirection.ASCENDING);
    }
    SortDirection direction =
        active.getOrder() == SortOrder.DESCENDING
            ? SortDirection.DESCENDING
            : SortDirection.ASCENDING;
    return new ContractQuery(q, statuses, sortField(active.getField()), direction);
  }

  private static ContractSortField sortField(String column) {
    return switch (column) {
      case "title" -> ContractSortField.TITLE;
      case "buyerName" -> ContractSortField.BUYER;
      case "vendorName" -> ContractSortField.VENDOR;
      case "status" -> ContractSortField.STATUS;
      case "ceilingAmount" -> ContractSortField.CEILING;
      default -> ContractSortField.NUMBER;
    };
  }

  private final class ContractLazyModel extends LazyDataModel<ContractSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, contracts.count(query(Map.of())));
    }

    @Override
    public List<ContractSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int limit = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
      return contracts.page(query(sortBy), new PageRequest(Math.max(0, first), limit));
    }

    @Override
    public String getRowKey(ContractSummary row) {
      return row.number();
    }
  }
}
