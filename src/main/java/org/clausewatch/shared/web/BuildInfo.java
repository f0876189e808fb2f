package org.clausewatch.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version shown in the page footer, written into the WAR by the build. */
@Named
@ApplicationScoped
public class BuildInfo {

  private String version = "unknown";

  @PostConstruct
  void read() {
    try (InputStream in =
        BuildInfo.class.getClassLoader().getResourceAsStream("clausewatch-build.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        version = properties.getProperty("version", version);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String getVersion() {
    return version;
  }
}
