package org.clausewatch.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/** Arquillian deployments built from the real WAR that {@code mvn package} produced. */
public final class Deployments {

  public static final String NAME = "clausewatch.war";

  private static final String PERSISTENCE_XML = "META-INF/persistence.xml";

  private Deployments() {}

  /**
   * The WAR's persistence unit with {@link ThreadStatements} as its statement inspector and {@link
   * ThreadEntities} as its interceptor.
   */
  private static String counting(WebArchive war) {
    String path = "/WEB-INF/classes/" + PERSISTENCE_XML;
    try (java.io.InputStream in = war.get(path).getAsset().openStream()) {
      String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      war.delete(path);
      String property =
          "<property name=\"hibernate.session_factory.statement_inspector\" value=\""
              + ThreadStatements.class.getName()
              + "\"/><property name=\"hibernate.session_factory.interceptor\" value=\""
              + ThreadEntities.class.getName()
              + "\"/>";
      if (!xml.contains("<properties>")) {
        throw new IllegalStateException("no <properties> in " + path);
      }
      return xml.replace("<properties>", "<properties>" + property);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The WAR as built, for tests that act as a client (browser, HTTP). */
  public static WebArchive asBuilt() {
    File war = new File(System.getProperty("clausewatch.war", "target/" + NAME));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * The WAR as built plus test classes and AssertJ, for tests that run inside the server. Tests act
   * as users through {@link Callers}, which needs the server's Elytron module; Arquillian's own
   * test runner servlet is let through the sign-in constraint by a test-only web fragment.
   */
  public static WebArchive withTests(Class<?>... testClasses) {
    JavaArchive testSupport =
        ShrinkWrap.create(JavaArchive.class, "test-support.jar")
            .addClasses(
                TestDatabase.class,
                TestUsers.class,
                Callers.class,
                ActingAs.class,
                ActingAsExtension.class,
                Sql.class,
                HeldTransaction.class,
                StatementCount.class,
                StatementCount.Counted.class,
                ThreadStatements.class,
                ThreadEntities.class)
            .addAsManifestResource(
                new StringAsset(
                    "<web-fragment xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                        + "<name>arquillian-runner-open</name>"
                        + "<security-constraint><web-resource-collection>"
                        + "<web-resource-name>Arquillian test runner</web-resource-name>"
                        + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
                        + "</web-resource-collection></security-constraint>"
                        + "</web-fragment>"),
                "web-fragment.xml");
    WebArchive war = asBuilt();
    war =
        war.addAsResource(new StringAsset(counting(war)), PERSISTENCE_XML)
            .addClasses(testClasses)
            .addAsLibrary(testSupport)
            .setManifest(
                new StringAsset(
                    "Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
    File[] assertj =
        Maven.resolver()
            .loadPomFromFile("pom.xml")
            .resolve("org.assertj:assertj-core")
            .withTransitivity()
            .asFile();
    return war.addAsLibraries(assertj);
  }
}
