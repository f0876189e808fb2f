package org.clausewatch.contract.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.domain.ContractNumber;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractSortField;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractSummary;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.contract.domain.ListCursor;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.SortDirection;
import org.clausewatch.shared.web.AjaxFeedback;
import org.clausewatch.shared.web.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The contract list. Filters come from the URL (see {@link ContractFilter}) so a filtered view can
 * be bookmarked and shared; paging and sorting are done by the database, one count and one page
 * query per table request.
 */
@Named
@ViewScoped
public class ContractListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContractService contracts;

  static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

  private ContractFilter filter;
  private Map<String, String> errors;
  private int rows = 25;
  private int first;
  private ContractSortField urlSort = ContractSortField.NUMBER;
  private SortDirection urlDirection = SortDirection.ASCENDING;
  private LazyDataModel<ContractSummary> model;

  /**
   * The list counts at most this many matches (and further only as far as a page asked for in the
   * URL lies); beyond, it says "more than 10,000".
   */
  static final int COUNT_CAP = 10_000;

  private ContractQuery countedQuery;
  private long counted;
  private int countedUpTo;

  /** The row the URL's page starts after or ends before ({@code after=} / {@code before=}). */
  private ListCursor urlCursor;

  /** The page shown last, to reach its neighbours by keyset instead of by offset. */
  private ContractQuery shownQuery;

  /** The page the top banner read before the table was rendered; the table takes it. */
  private transient Preloaded preloaded;

  /** The highest marking of the page shown last. */
  private Classification shownMarking;

  private int shownFirst = -1;
  private int shownRows;
  private String shownFirstNumber;
  private String shownLastNumber;

  @PostConstruct
  void init() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    filter = ContractFilter.parse(parameters::get);
    errors = new HashMap<>();
    filter.errors().forEach((name, key) -> errors.put(name, Messages.bundle(key)));
    readListState(parameters);
    model = new ContractLazyModel();
  }

  /**
   * Page, page size and sort from the URL ({@code ?page=2000&size=25&sort=ceiling&dir=desc}), so
   * any view of the list can be linked to. Bad values fall back to the defaults.
   */
  private void readListState(Map<String, String> parameters) {
    Integer size = integer(parameters.get("size"));
    if (size != null && PAGE_SIZES.contains(size)) {
      rows = size;
    }
    Integer page = integer(parameters.get("page"));
    if (page != null && page > 1 && page <= Integer.MAX_VALUE / rows) {
      first = (page - 1) * rows;
    }
    String sort = parameters.get("sort");
    if (sort != null) {
      for (ContractSortField field : ContractSortField.values()) {
        if (field.name().equalsIgnoreCase(sort.strip())) {
          urlSort = field;
        }
      }
    }
    if ("desc".equalsIgnoreCase(parameters.get("dir"))) {
      urlDirection = SortDirection.DESCENDING;
    }
    urlCursor = cursor(parameters.get("after"), true);
    if (urlCursor == null) {
      urlCursor = cursor(parameters.get("before"), false);
    }
  }

  /** A cursor from the URL; anything that is not a contract number is ignored. */
  private static ListCursor cursor(String number, boolean after) {
    String normalized = ContractNumber.asStored(number);
    if (!ContractNumber.hasForm(normalized)) {
      return null;
    }
    return after ? ListCursor.after(normalized) : ListCursor.before(normalized);
  }

  /**
   * How to read the page at {@code first}: next to the page shown last when it is its neighbour
   * with the same query and size (keyset: as cheap at page 2,000 as at page 1), from the URL's
   * cursor on the first load, else null (by offset).
   */
  ListCursor cursorFor(ContractQuery query, int first, int pageSize) {
    if (first == 0) {
      return null;
    }
    if (shownFirst < 0) {
      return first == this.first && pageSize == rows ? urlCursor : null;
    }
    if (!query.equals(shownQuery) || pageSize != shownRows || shownFirstNumber == null) {
      return null;
    }
    if (first == shownFirst + pageSize) {
      return ListCursor.after(shownLastNumber);
    }
    if (first == shownFirst - pageSize) {
      return ListCursor.before(shownFirstNumber);
    }
    return null;
  }

  /**
   * The address of the page just shown, cursor included, so that the address bar (updated after
   * each page change) can be bookmarked and reopens the same page at the same cost.
   */
  String addressOf(ContractQuery query, int first, int pageSize, ListCursor cursor) {
    StringBuilder url = new StringBuilder(filter.queryString());
    if (query.sort() != ContractSortField.NUMBER) {
      url.append(url.isEmpty() ? "" : "&")
          .append("sort=")
          .append(query.sort().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (query.direction() == SortDirection.DESCENDING) {
      url.append(url.isEmpty() ? "" : "&").append("dir=desc");
    }
    if (pageSize != 25) {
      url.append(url.isEmpty() ? "" : "&").append("size=").append(pageSize);
    }
    if (first > 0) {
      url.append(url.isEmpty() ? "" : "&").append("page=").append(first / pageSize + 1);
      if (cursor != null) {
        url.append(cursor.after() ? "&after=" : "&before=")
            .append(
                java.net.URLEncoder.encode(
                    cursor.number(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return url.isEmpty() ? "" : "?" + url;
  }

  private static Integer integer(String value) {
    try {
      return value == null ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * How far to count for a page ending at row {@code end}: {@link #COUNT_CAP}, or for a deeper page
   * the next of 20,000, 40,000, 80,000 ... so that deep pages share their counts (a count is kept
   * per cap) instead of each page counting to its own depth.
   */
  static int countCap(long end) {
    long cap = COUNT_CAP;
    while (cap < end && cap < Integer.MAX_VALUE / 2) {
      cap *= 2;
    }
    return (int) Math.min(Integer.MAX_VALUE - 1L, Math.max(cap, end));
  }

  /** Whether the list's size is known exactly, or only that it is above {@link #COUNT_CAP}. */
  public boolean isCountExact() {
    return countedQuery == null || counted <= countedUpTo;
  }

  /**
   * What a page turn or a new order shows, in words for a screen reader's status region (WCAG
   * 4.1.3): the page, how many, and the order ("Page 2 of 5, 112 contracts, sorted by Title,
   * descending.").
   */
  String status(ContractQuery query, int from, int limit, boolean empty) {
    if (empty) {
      return Messages.bundle("contracts.empty");
    }
    String column =
        Messages.bundle("contracts.col." + query.sort().name().toLowerCase(Locale.ROOT));
    String direction = Messages.bundle("sort." + query.direction().name());
    String page = String.format("%,d", from / limit + 1);
    return isCountExact()
        ? Messages.bundle(
            "contracts.announcement",
            page,
            String.format("%,d", (counted + limit - 1) / limit),
            String.format("%,d", counted),
            column,
            direction)
        : Messages.bundle(
            "contracts.announcement.more",
            page,
            String.format("%,d", countedUpTo),
            column,
            direction);
  }

  /** The paginator's summary: the exact number, or "more than N" when the count was capped. */
  public String getPageReport() {
    return isCountExact()
        ? Messages.bundle("contracts.pageReport")
        : Messages.bundle("contracts.pageReport.more", String.format("%,d", countedUpTo));
  }

  public int getRows() {
    return rows;
  }

  public void setRows(int rows) {
    this.rows = rows;
  }

  public int getFirst() {
    return first;
  }

  public void setFirst(int first) {
    this.first = first;
  }

  /**
   * The highest marking of the page of contracts shown, for the banners at the top and the bottom
   * (null when it shows none). The top banner is rendered before the table, so on the first load it
   * reads the page the table is going to show (from the URL, moved back onto the last page as the
   * table does when the URL's page lies beyond it), and the table then takes that page instead of
   * reading it again. When the table changes page or order without reloading, {@code
   * list-address.js} updates the banners from the callback parameters.
   */
  public Classification getMarking() {
    if (shownFirst < 0) {
      int count = model.count(Map.of());
      int from = first;
      if (count > 0 && from >= count) {
        from = Math.max(0, (count - 1) / rows * rows);
      }
      List<ContractSummary> page = model.load(from, rows, Map.of(), Map.of());
      preloaded =
          new Preloaded(FacesContext.getCurrentInstance(), query(Map.of()), from, rows, page);
    }
    return shownMarking;
  }

  /**
   * A page read for the banner before the table asked for it, in the request of {@code context}:
   * only that request's table takes it (a later one reads the page afresh).
   */
  private record Preloaded(
      FacesContext context,
      ContractQuery query,
      int first,
      int pageSize,
      List<ContractSummary> page) {}

  /** What the user typed, by URL parameter name. */
  public Map<String, String> getValues() {
    return filter.values();
  }

  /** Messages for bad filter parameters, by parameter name, shown beside their fields. */
  public Map<String, String> getErrors() {
    return errors;
  }

  /** The valid filters as a query string, for the export links. */
  public String getQueryString() {
    return filter.queryString();
  }

  public LazyDataModel<ContractSummary> getModel() {
    return model;
  }

  public List<ContractType> getTypes() {
    return List.of(ContractType.values());
  }

  public List<ContractStatus> getStatuses() {
    return List.of(ContractStatus.values());
  }

  public List<Classification> getClassifications() {
    return List.of(Classification.values());
  }

  ContractQuery query(Map<String, SortMeta> sortBy) {
    // Single-column sorting: the first active sort decides; the number breaks ties.
    SortMeta active =
        sortBy.values().stream()
            .filter(meta -> !meta.getOrder().isUnsorted())
            .findFirst()
            .orElse(null);
    if (active == null) {
      return filter.toQuery(urlSort, urlDirection);
    }
    SortDirection direction =
        active.getOrder() == SortOrder.DESCENDING
            ? SortDirection.DESCENDING
            : SortDirection.ASCENDING;
    return filter.toQuery(sortField(active.getField()), direction);
  }

  private static ContractSortField sortField(String column) {
    return COLUMNS.getOrDefault(column, ContractSortField.NUMBER);
  }

  /** The list's columns by the field their header sorts on. */
  private static final Map<String, ContractSortField> COLUMNS =
      Map.of(
          "number", ContractSortField.NUMBER,
          "title", ContractSortField.TITLE,
          "type", ContractSortField.TYPE,
          "buyerName", ContractSortField.BUYER,
          "vendorName", ContractSortField.VENDOR,
          "status", ContractSortField.STATUS,
          "classification", ContractSortField.CLASSIFICATION,
          "ceilingAmount", ContractSortField.CEILING,
          "urgency", ContractSortField.URGENCY);

  /** The sort the address asked for, so the column's header shows it on the first load. */
  public SortMeta getSortBy() {
    String column =
        COLUMNS.entrySet().stream()
            .filter(e -> e.getValue() == urlSort)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse("number");
    return SortMeta.builder()
        .field(column)
        .order(
            urlDirection == SortDirection.DESCENDING ? SortOrder.DESCENDING : SortOrder.ASCENDING)
        .build();
  }

  private final class ContractLazyModel extends LazyDataModel<ContractSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      // Paging and sorting do not change how many match: one count per filter and view.
      ContractQuery filters = query(Map.of());
      if (!filters.equals(countedQuery)) {
        countedQuery = filters;
        countedUpTo = countCap(first + (long) rows);
        counted = contracts.countUpTo(filters, countedUpTo);
      }
      return (int) Math.min(Integer.MAX_VALUE, counted);
    }

    @Override
    public List<ContractSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int limit = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
      int from = Math.max(0, first);
      ContractQuery query = query(sortBy);
      Preloaded ready = preloaded;
      preloaded = null;
      if (ready != null
          && ready.context() == FacesContext.getCurrentInstance()
          && ready.first() == from
          && ready.pageSize() == limit
          && ready.query().equals(query)) {
        return ready.page();
      }
      ListCursor cursor = cursorFor(query, from, limit);
      List<ContractSummary> page = null;
      if (cursor != null) {
        page = contracts.seek(query, cursor, limit).orElse(null);
        // A page before the cursor with fewer rows than asked: rows were removed meanwhile, so
        // the page is read by its position instead.
        if (page != null && !cursor.after() && page.size() < limit) {
          page = null;
        }
      }
      if (page == null) {
        cursor = null;
        page = contracts.page(query, new PageRequest(from, limit));
      }
      shownQuery = query;
      shownFirst = from;
      shownRows = limit;
      shownFirstNumber = page.isEmpty() ? null : page.get(0).number();
      shownLastNumber = page.isEmpty() ? null : page.get(page.size() - 1).number();
      shownMarking =
          Classification.highest(page.stream().map(ContractSummary::classification).toList());
      FacesContext faces = FacesContext.getCurrentInstance();
      if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
        PrimeFaces.Ajax ajax = PrimeFaces.current().ajax();
        ajax.addCallbackParam(
            "listUrl",
            faces.getExternalContext().getRequestContextPath()
                + "/contracts"
                + addressOf(query, from, limit, cursor));
        AjaxFeedback.announce(status(query, from, limit, page.isEmpty()));
        if (shownMarking != null) {
          ajax.addCallbackParam("listMarking", shownMarking.name());
          ajax.addCallbackParam(
              "listMarkingLabel", Messages.bundle("classification." + shownMarking.name()));
        }
      }
      return page;
    }

    @Override
    public String getRowKey(ContractSummary row) {
      return row.number();
    }
  }
}
