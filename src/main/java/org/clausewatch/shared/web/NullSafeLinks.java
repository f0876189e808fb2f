package org.clausewatch.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds link addresses without the parameters whose value is null, instead of failing the whole
 * page. A null {@code <f:param>} value means "leave this parameter out" (Faces), but Mojarra 4.0.13
 * passes it on to {@code URLEncoder} and answers HTTP 500.
 *
 * <p>A page's parameters come from its view-scoped bean, and Mojarra 4.0.13 may destroy that bean
 * while the page is still rendering when one session has more views in flight than {@code
 * com.sun.faces.numberOfActiveViewMaps} (eclipse-ee4j/mojarra#5844, fixed after 4.0.13): the page
 * then goes on with a new, empty bean. Seen twice in {@code HostileInputIT}'s parallel requests of
 * one session on {@code /positions/edit} ({@code #{b.clauseView.clauseNumber()}} turned null). A
 * link without the parameter at worst opens a page that says what it misses; no person browses fast
 * enough to meet the race.
 */
public class NullSafeLinks extends ViewHandlerWrapper {

  public NullSafeLinks(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getBookmarkableURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return getWrapped()
        .getBookmarkableURL(context, viewId, withoutNulls(parameters), includeViewParams);
  }

  @Override
  public String getRedirectURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return getWrapped()
        .getRedirectURL(context, viewId, withoutNulls(parameters), includeViewParams);
  }

  /** The parameters with their null values left out, and those left without a value. */
  static Map<String, List<String>> withoutNulls(Map<String, List<String>> parameters) {
    if (parameters == null
        || parameters.values().stream()
            .allMatch(v -> v != null && v.stream().noneMatch(Objects::isNull))) {
      return parameters;
    }
    Map<String, List<String>> kept = new LinkedHashMap<>();
    parameters.forEach(
        (name, values) -> {
          List<String> present =
              values == null
                  ? List.of()
                  : new ArrayList<>(values.stream().filter(Objects::nonNull).toList());
          if (!present.isEmpty()) {
            kept.put(name, present);
          }
        });
    return kept;
  }
}
