package org.clausewatch.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/** Arquillian deployments built from the real WAR that {@code mvn package} produced. */
public final class Deployments {

  public static final String NAME = "clausewatch.war";

  private Deployments() {}

  /** The WAR as built, for tests that act as a client (browser, HTTP). */
  public static WebArchive asBuilt() {
    File war = new File(System.getProperty("clausewatch.war", "target/" + NAME));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /** The WAR as built plus test classes and AssertJ, for tests that run inside the server. */
  public static WebArchive withTests(Class<?>... testClasses) {
    WebArchive war = asBuilt().addClasses(testClasses).addClass(TestDatabase.class);
    File[] assertj =
        Maven.resolver()
            .loadPomFromFile("pom.xml")
            .resolve("org.assertj:assertj-core")
            .withTransitivity()
            .asFile();
    return war.addAsLibraries(assertj);
  }
}
