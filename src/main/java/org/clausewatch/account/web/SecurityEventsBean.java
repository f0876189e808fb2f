package org.clausewatch.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.clausewatch.account.application.SecurityEventLine;
import org.clausewatch.account.application.SecurityEventService;
import org.clausewatch.account.domain.Outcome;
import org.clausewatch.account.domain.SecurityEventKind;
import org.clausewatch.account.domain.SecurityEventQuery;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.web.DateRange;
import org.clausewatch.shared.web.Messages;

/**
 * {@code /admin/security-events}: the security event log, newest first, filtered by user, kind,
 * outcome and UTC date range from the URL ({@code ?actor=&kind=&outcome=&from=&to=&page=}). A value
 * that cannot be read is named next to its field and not applied.
 */
@Named
@RequestScoped
public class SecurityEventsBean {

  static final int PAGE_SIZE = 50;

  @Inject private SecurityEventService events;

  /** Pages beyond this one are not asked for (the offset would overflow); page 1 is shown. */
  static final int MAX_PAGE = 100_000;

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();
  private Page<SecurityEventLine> results;
  private int page = 1;

  @PostConstruct
  void init() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    for (String name : new String[] {"actor", "kind", "outcome", "from", "to"}) {
      String value = parameters.get(name);
      values.put(name, value == null ? "" : value.strip());
    }
    String actor =
        values.get("actor").isEmpty() ? null : values.get("actor").toLowerCase(Locale.ROOT);
    SecurityEventKind kind = parse(SecurityEventKind.class, "kind");
    Outcome outcome = parse(Outcome.class, "outcome");
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && to.isBefore(from)) {
      errors.put("to", Messages.bundle("events.toBeforeFrom"));
      to = null;
    }
    try {
      page = Math.max(1, Integer.parseInt(parameters.getOrDefault("page", "1")));
      if (page > MAX_PAGE) {
        page = 1;
      }
    } catch (NumberFormatException e) {
      page = 1;
    }
    SecurityEventQuery query =
        new SecurityEventQuery(
            actor,
            kind,
            outcome,
            from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
            to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    results = events.browse(query, new PageRequest((page - 1) * PAGE_SIZE, PAGE_SIZE));
  }

  private <E extends Enum<E>> E parse(Class<E> type, String name) {
    String value = values.get(name);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.put(name, Messages.bundle("events.unknownValue"));
      return null;
    }
  }

  private LocalDate date(String name) {
    String value = values.get(name);
    if (value.isEmpty()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      if (date.getYear() < DateRange.FIRST_YEAR || date.getYear() > DateRange.LAST_YEAR) {
        throw new DateTimeParseException("out of range", value, 0);
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.put(name, Messages.bundle("events.badDate"));
      return null;
    }
  }

  public SecurityEventKind[] getKinds() {
    return SecurityEventKind.values();
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public Map<String, String> getValues() {
    return values;
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public Page<SecurityEventLine> getResults() {
    return results;
  }

  public int getPage() {
    return page;
  }

  public long getPageCount() {
    return Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }
}
