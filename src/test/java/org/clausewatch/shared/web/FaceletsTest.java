package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Ajax goes through PrimeFaces ({@code p:ajax}), never Faces' own {@code f:ajax}: Faces' script
 * runs the script of an Ajax response through {@code eval}, which the Content-Security-Policy
 * refuses; the page then left for an error address. That happened to every open page when an alert
 * arrived (the header's badge used {@code f:ajax}), losing what the user was typing.
 */
class FaceletsTest {

  @Test
  void noFaceletUsesFacesOwnAjax() throws IOException {
    List<Path> facelets;
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      facelets = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
    }
    assertThat(facelets).hasSizeGreaterThan(20);
    List<Path> withFacesAjax =
        facelets.stream().filter(f -> read(f).matches("(?s).*<f:ajax\\b.*")).toList();
    assertThat(withFacesAjax).isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
