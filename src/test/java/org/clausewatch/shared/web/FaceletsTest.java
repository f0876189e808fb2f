package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules every facelet keeps, where breaking one is easy and its effect shows only in a browser. */
class FaceletsTest {

  /**
   * Ajax goes through PrimeFaces ({@code p:ajax}), never Faces' own {@code f:ajax}: Faces' script
   * runs the script of an Ajax response through {@code eval}, which the Content-Security-Policy
   * refuses; the page then left for an error address. That happened to every open page when an
   * alert arrived (the header's badge used {@code f:ajax}), losing what the user was typing.
   */
  @Test
  void noFaceletUsesFacesOwnAjax() throws IOException {
    assertThat(facelets().stream().filter(f -> read(f).matches("(?s).*<f:ajax\\b.*")).toList())
        .isEmpty();
  }

  /**
   * A message list is announced by a live region around it: {@code h:messages} renders a {@code
   * ul}, and a role on it would take the list's own role away, so that screen readers no longer
   * read its items as a list (WCAG 1.3.1; axe-core's "listitem" rule found it on 28 pages).
   */
  @Test
  void noMessageListCarriesARole() throws IOException {
    assertThat(
            facelets().stream()
                .filter(f -> read(f).matches("(?s).*<h:messages\\b[^>]*\\srole=.*"))
                .toList())
        .isEmpty();
  }

  private static List<Path> facelets() throws IOException {
    List<Path> facelets;
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      facelets = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
    }
    assertThat(facelets).hasSizeGreaterThan(20);
    return facelets;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
