package org.clausewatch.contract.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractSortField;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.SortDirection;

/**
 * The contract list's filters as they travel in the URL ({@code ?q=&party=&type=&status=
 * &classification=&min=&max=&attention=true&flag=}), shared by the page and the exports. Each
 * parameter stands alone: a bad one gets a message (by parameter name) and is ignored, the others
 * still apply.
 */
public final class ContractFilter implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int TEXT_MAX_LENGTH = 200;

  /** A flag rule's name: letters and underscores (which rules exist is the flag feature's). */
  private static final java.util.regex.Pattern FLAG_NAME =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z_]{0,59}");

  private final Map<String, String> raw = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();
  private String text;
  private String party;
  private ContractType type;
  private ContractStatus status;
  private Classification classification;
  private BigDecimal min;
  private BigDecimal max;
  private boolean attention;
  private String flag;

  /** Reads the filters from request parameters (first value of each). */
  public static ContractFilter parse(Function<String, String> parameter) {
    ContractFilter f = new ContractFilter();
    f.text = f.text(parameter, "q");
    f.party = f.text(parameter, "party");
    f.type = f.choice(parameter, "type", ContractType.class);
    f.status = f.choice(parameter, "status", ContractStatus.class);
    f.classification = f.choice(parameter, "classification", Classification.class);
    f.min = f.amount(parameter, "min");
    f.max = f.amount(parameter, "max");
    if (f.min != null && f.max != null && f.min.compareTo(f.max) > 0) {
      f.errors.put("max", "filter.max.belowMin");
      f.max = null;
    }
    String attention = f.store(parameter, "attention");
    f.attention = "true".equalsIgnoreCase(attention);
    String flag = f.store(parameter, "flag");
    if (flag != null) {
      if (FLAG_NAME.matcher(flag).matches()) {
        f.flag = flag.toUpperCase(Locale.ROOT);
      } else {
        f.errors.put("flag", "filter.flag.unknown");
      }
    }
    return f;
  }

  private String store(Function<String, String> parameter, String name) {
    String value = parameter.apply(name);
    if (value != null && !value.isBlank()) {
      raw.put(name, value.strip());
      return value.strip();
    }
    return null;
  }

  private String text(Function<String, String> parameter, String name) {
    String value = store(parameter, name);
    if (value != null && value.length() > TEXT_MAX_LENGTH) {
      errors.put(name, "filter.text.tooLong");
      return null;
    }
    return value;
  }

  private <E extends Enum<E>> E choice(
      Function<String, String> parameter, String name, Class<E> type) {
    String value = store(parameter, name);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.put(name, "filter." + name + ".unknown");
      return null;
    }
  }

  private BigDecimal amount(Function<String, String> parameter, String name) {
    String value = store(parameter, name);
    if (value == null) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(value.replace(",", "").replace("$", ""));
      if (amount.signum() < 0 || amount.precision() - amount.scale() > 17) {
        throw new NumberFormatException();
      }
      return amount;
    } catch (NumberFormatException e) {
      errors.put(name, "filter.amount.invalid");
      return null;
    }
  }

  public ContractQuery toQuery(ContractSortField sort, SortDirection direction) {
    return ContractQuery.builder()
        .text(text)
        .party(party)
        .types(type == null ? Set.of() : Set.of(type))
        .statuses(status == null ? Set.of() : Set.of(status))
        .classifications(classification == null ? Set.of() : Set.of(classification))
        .ceilingBetween(min, max)
        .attentionOnly(attention)
        .flag(flag)
        .sort(sort, direction)
        .build();
  }

  /** The query string of the valid filters, for links (exports, bookmarks). */
  public String queryString() {
    StringBuilder query = new StringBuilder();
    raw.forEach(
        (name, value) -> {
          if (!errors.containsKey(name)) {
            query.append(query.isEmpty() ? "" : "&");
            query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    return query.toString();
  }

  /** What the user typed, by parameter name, to show it again in its field. */
  public Map<String, String> values() {
    return raw;
  }

  /** Message keys of bad parameters, by parameter name. */
  public Map<String, String> errors() {
    return errors;
  }

  public boolean isEmpty() {
    return raw.isEmpty();
  }

  public ContractType type() {
    return type;
  }

  public ContractStatus status() {
    return status;
  }

  public Classification classification() {
    return classification;
  }

  public boolean attention() {
    return attention;
  }
}
