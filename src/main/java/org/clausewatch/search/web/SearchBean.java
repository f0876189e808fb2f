package org.clausewatch.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.clausewatch.search.application.SearchService;
import org.clausewatch.search.domain.SearchHit;
import org.clausewatch.search.domain.SearchKind;
import org.clausewatch.search.domain.SearchRequest;
import org.clausewatch.search.domain.SearchResults;
import org.clausewatch.search.domain.SearchResults.FacetValue;
import org.clausewatch.search.domain.SearchSql;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code /search?q=&kind=&status=&classification=&category=&party=&page=}: results and facets,
 * everything in the URL (bookmarkable). A bad parameter gets a message and is ignored; the others
 * still apply.
 */
@Named
@RequestScoped
public class SearchBean {

  static final int PAGE_SIZE = 20;
  static final int MAX_PAGE = 500;
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z_]{0,39}");
  private static final List<String> PARAMETERS =
      List.of("q", "kind", "status", "classification", "category", "party");

  @Inject private SearchService search;

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();
  private SearchResults results;
  private int page = 1;
  private boolean loaded;

  /** Reads the parameters and searches (once per request). */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    for (String name : PARAMETERS) {
      String value = Faces.getRequestParameter(name);
      if (value != null && !value.isBlank()) {
        values.put(name, value.strip());
      }
    }
    String text = values.get("q");
    if (text != null && text.length() > SearchRequest.TEXT_MAX_LENGTH) {
      errors.put("q", Messages.bundle("search.q.tooLong", SearchRequest.TEXT_MAX_LENGTH));
      text = null;
    }
    SearchKind kind = choice("kind", SearchKind.class);
    Classification classification = choice("classification", Classification.class);
    String status = name("status");
    String category = name("category");
    String party = values.get("party");
    if (party != null && party.length() > 300) {
      errors.put("party", Messages.bundle("search.party.tooLong"));
      party = null;
    }
    String p = Faces.getRequestParameter("page");
    if (p != null && !p.isBlank()) {
      try {
        page = Integer.parseInt(p.strip());
        if (page < 1 || page > MAX_PAGE) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        errors.put("page", Messages.bundle("search.page.invalid", MAX_PAGE));
        page = 1;
      }
    }
    if (text != null) {
      results =
          search.search(
              new SearchRequest(
                  text,
                  kind,
                  status == null ? null : status.toUpperCase(Locale.ROOT),
                  classification == null ? null : classification.name(),
                  category == null ? null : category.toUpperCase(Locale.ROOT),
                  party,
                  page,
                  PAGE_SIZE));
    }
  }

  private <E extends Enum<E>> E choice(String name, Class<E> type) {
    String value = values.get(name);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.put(name, Messages.bundle("search.filter.unknown"));
      values.remove(name);
      return null;
    }
  }

  private String name(String parameter) {
    String value = values.get(parameter);
    if (value != null && !NAME.matcher(value).matches()) {
      errors.put(parameter, Messages.bundle("search.filter.unknown"));
      values.remove(parameter);
      return null;
    }
    return value;
  }

  public SearchResults getResults() {
    load();
    return results;
  }

  /** The highest marking of the results shown, for the page's banners. */
  public Classification getMarking() {
    return Classification.highest(
        getHits().stream().map(hit -> Classification.named(hit.classification())).toList());
  }

  public List<SearchHit> getHits() {
    load();
    return results == null ? List.of() : results.hits();
  }

  public String getText() {
    load();
    return values.getOrDefault("q", "");
  }

  public Map<String, String> getValues() {
    load();
    return values;
  }

  public List<String> getErrors() {
    load();
    return List.copyOf(errors.values());
  }

  public int getPage() {
    return page;
  }

  public int getPages() {
    load();
    return results == null
        ? 0
        : (int) Math.min(MAX_PAGE, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public int getFirstShown() {
    return (page - 1) * PAGE_SIZE + 1;
  }

  public long getLastShown() {
    load();
    return results == null ? 0 : Math.min(results.total(), (long) page * PAGE_SIZE);
  }

  /** How many matches ranked per kind at most ({@link SearchSql#CANDIDATES}). */
  public int getCandidates() {
    return SearchSql.CANDIDATES;
  }

  /** A facet value's count in words: "more than 10,000" where a kind had more than were counted. */
  public String count(FacetValue value) {
    return value.count() > SearchSql.CANDIDATES
        ? Messages.bundle("search.facet.more", SearchSql.CANDIDATES)
        : String.format(java.util.Locale.ROOT, "%,d", value.count());
  }

  public List<FacetValue> facet(String name) {
    load();
    return results == null ? List.of() : results.facet(name);
  }

  public boolean isSelected(String name, String value) {
    return value != null && value.equalsIgnoreCase(values.get(name));
  }

  /** The query string with {@code name} set to {@code value} (or removed if null), page 1. */
  public String with(String name, String value) {
    load();
    Map<String, String> next = new LinkedHashMap<>(values);
    if (value == null) {
      next.remove(name);
    } else {
      next.put(name, value);
    }
    return query(next, 1);
  }

  /** Whether a facet narrows the search (anything besides the words). */
  public boolean isNarrowed() {
    load();
    return values.keySet().stream().anyMatch(name -> !name.equals("q"));
  }

  /** The query string of the same words with no facet. */
  public String getWithoutFacets() {
    load();
    Map<String, String> words = new LinkedHashMap<>();
    if (values.containsKey("q")) {
      words.put("q", values.get("q"));
    }
    return query(words, 1);
  }

  /** The query string of another page of the same search. */
  public String pageLink(int target) {
    load();
    return query(values, target);
  }

  private static String query(Map<String, String> parameters, int page) {
    StringBuilder q = new StringBuilder();
    parameters.forEach(
        (k, v) ->
            q.append(q.isEmpty() ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    if (page > 1) {
      q.append("&page=").append(page);
    }
    return q.toString();
  }

  /** The message key of a facet value's label. */
  public String label(String facet, String value) {
    return switch (facet) {
      case "kind" -> "search.kind." + value;
      case "status" -> "status." + value;
      case "classification" -> "classification." + value;
      case "category" -> "category." + value;
      default -> null;
    };
  }
}
