package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NullSafeLinksTest {

  /** What the wrapped view handler was asked to build. */
  private final List<Map<String, List<String>>> asked = new ArrayList<>();

  private final NullSafeLinks links =
      new NullSafeLinks(
          new ViewHandlerWrapper(null) {
            @Override
            public String getBookmarkableURL(
                FacesContext context,
                String viewId,
                Map<String, List<String>> parameters,
                boolean includeViewParams) {
              asked.add(parameters);
              return viewId;
            }

            @Override
            public String getRedirectURL(
                FacesContext context,
                String viewId,
                Map<String, List<String>> parameters,
                boolean includeViewParams) {
              asked.add(parameters);
              return viewId;
            }
          });

  @Test
  void aParameterWithoutAValueIsLeftOutAndTheOthersKeptInOrder() {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    parameters.put("contract", new ArrayList<>(List.of("HQ0034-24-C-0200")));
    parameters.put("clause", new ArrayList<>(Arrays.asList((String) null)));
    parameters.put("tag", new ArrayList<>(Arrays.asList("a", null, "b")));

    links.getBookmarkableURL(null, "/clauses/view.xhtml", parameters, false);
    links.getRedirectURL(null, "/clauses/view.xhtml", parameters, false);

    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("contract", List.of("HQ0034-24-C-0200"));
    expected.put("tag", List.of("a", "b"));
    assertThat(asked).hasSize(2).allSatisfy(p -> assertThat(p).containsExactlyEntriesOf(expected));
  }

  @Test
  void parametersWithValuesArePassedOnAsTheyAre() {
    Map<String, List<String>> parameters = Map.of("number", List.of("HQ0034-24-C-0200"));

    links.getBookmarkableURL(null, "/contracts/view.xhtml", parameters, true);
    links.getBookmarkableURL(null, "/index.xhtml", null, false);

    assertThat(asked.get(0)).isSameAs(parameters);
    assertThat(asked.get(1)).isNull();
  }
}
