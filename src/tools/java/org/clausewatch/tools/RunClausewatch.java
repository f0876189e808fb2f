package org.clausewatch.tools;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code mvn -Prun}: starts Clausewatch with its demo data at http://localhost:8080/.
 *
 * <p>Without {@code CLAUSEWATCH_DB_URL} it starts an embedded PostgreSQL whose data lives in {@code
 * .clausewatch/pgdata} (or {@code CLAUSEWATCH_DATA_DIR}), so what a user entered is still there
 * next time. WildFly runs from {@code target/wildfly} with its own base directory, the WAR in its
 * deployment folder. Ctrl-C stops WildFly, then PostgreSQL.
 */
public final class RunClausewatch {

  private static final int EMBEDDED_PORT = 15432;
  private static final String DATABASE = "clausewatch";

  private RunClausewatch() {}

  public static void main(String[] args) throws Exception {
    Path projectDir = Path.of(System.getProperty("clausewatch.project.dir", ".")).toAbsolutePath();
    Path wildflyHome = Path.of(System.getProperty("clausewatch.wildfly.home"));
    Path war = Path.of(System.getProperty("clausewatch.war"));
    String serverConfig = System.getProperty("clausewatch.wildfly.config", "standalone.xml");
    Map<String, String> env = System.getenv();

    EmbeddedDatabase database = null;
    String dbUrl = env.get("CLAUSEWATCH_DB_URL");
    if (dbUrl == null || dbUrl.isBlank()) {
      Path dataDir =
          Path.of(
              env.getOrDefault(
                  "CLAUSEWATCH_DATA_DIR", projectDir.resolve(".clausewatch").toString()));
      log("Starting the embedded PostgreSQL (data in " + dataDir.resolve("pgdata") + ")");
      database =
          EmbeddedDatabase.start(
              dataDir.resolve("pgdata"),
              projectDir.resolve("target/embedded-pg"),
              EMBEDDED_PORT,
              false);
      database.ensureDatabase(DATABASE);
      database.ensureRole(EmbeddedDatabase.APP_USER, EmbeddedDatabase.APP_PASSWORD);
      dbUrl = database.jdbcUrl(DATABASE);
    } else {
      log("Using the PostgreSQL at " + dbUrl);
    }

    GreenMail mailSink = null;
    String smtpHost = env.get("CLAUSEWATCH_SMTP_HOST");
    if (smtpHost == null || smtpHost.isBlank()) {
      mailSink = startMailSink();
    }

    Path base = prepareServerBase(projectDir, wildflyHome, war);
    ProcessBuilder builder =
        new ProcessBuilder(
                wildflyHome.resolve("bin/standalone.sh").toString(),
                "-c",
                serverConfig,
                "-Djboss.server.base.dir=" + base,
                "-Dclausewatch.demo-data=true")
            .inheritIO();
    builder.environment().put("CLAUSEWATCH_DB_URL", dbUrl);
    // WildFly's own default is a 512 MB heap; the integration tests run it with 1 GB.
    builder.environment().putIfAbsent("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
    // The script then forwards SIGTERM to the server instead of leaving it behind.
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    Process server = builder.start();

    EmbeddedDatabase db = database;
    GreenMail sink = mailSink;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop(server);
                  if (sink != null) {
                    sink.stop();
                  }
                  if (db != null) {
                    log("Stopping the embedded PostgreSQL");
                    db.close();
                  }
                },
                "clausewatch-shutdown"));

    announceWhenReady(server);
    int exit = server.waitFor();
    log("WildFly exited with status " + exit);
  }

  /**
   * A local mail sink for alert e-mails (GreenMail): SMTP on 3025, where the server's mail session
   * points by default; every mail is kept and readable over IMAP, and its subject is logged here.
   */
  private static GreenMail startMailSink() {
    GreenMail sink =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(3143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    sink.start();
    log(
        "Mail sink (GreenMail): alert e-mails are kept, not sent. Their subjects appear below;"
            + " read them on the administrator's Mail outbox page (All mail) or with an IMAP"
            + " client at localhost:3143 (user and password: the recipient's address, e.g."
            + " manager@demo.clausewatch.invalid).");
    Thread watcher =
        new Thread(
            () -> {
              int seen = 0;
              while (!Thread.currentThread().isInterrupted()) {
                sleep(Duration.ofSeconds(5));
                var received = sink.getReceivedMessages();
                for (int i = seen; i < received.length; i++) {
                  try {
                    log(
                        "mail to "
                            + String.join(
                                ", ",
                                java.util.Arrays.stream(received[i].getAllRecipients())
                                    .map(Object::toString)
                                    .toList())
                            + ": "
                            + received[i].getSubject());
                  } catch (jakarta.mail.MessagingException e) {
                    log("mail received (unreadable: " + e.getMessage() + ")");
                  }
                }
                seen = received.length;
              }
            },
            "clausewatch-mail-sink");
    watcher.setDaemon(true);
    watcher.start();
    return sink;
  }

  private static Path prepareServerBase(Path projectDir, Path wildflyHome, Path war)
      throws IOException {
    return freshServerBase(projectDir.resolve("target/run-server"), wildflyHome, war);
  }

  /** A fresh server base directory at {@code base}: configuration copied, the WAR deployed. */
  static Path freshServerBase(Path base, Path wildflyHome, Path war) throws IOException {
    deleteTree(base);
    copyTree(wildflyHome.resolve("standalone/configuration"), base.resolve("configuration"));
    Path deployments = Files.createDirectories(base.resolve("deployments"));
    Files.copy(war, deployments.resolve("clausewatch.war"), StandardCopyOption.REPLACE_EXISTING);
    return base;
  }

  private static void announceWhenReady(Process server) {
    Thread watcher =
        new Thread(
            () -> {
              HttpClient http =
                  HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
              HttpRequest ready =
                  HttpRequest.newBuilder(URI.create("http://localhost:9990/health/ready"))
                      .timeout(Duration.ofSeconds(5))
                      .build();
              for (int i = 0; i < 300 && server.isAlive(); i++) {
                try {
                  HttpResponse<String> health =
                      http.send(ready, HttpResponse.BodyHandlers.ofString());
                  if (health.statusCode() == 200) {
                    log("Clausewatch is ready at http://localhost:8080/  (Ctrl-C stops it)");
                    return;
                  }
                  if (health.body().contains("\"clausewatch.war\":\"FAILED\"")) {
                    log(
                        "Clausewatch failed to deploy: the first ERROR above says why (often:"
                            + " the database is unreachable). Ctrl-C stops the server.");
                    return;
                  }
                } catch (IOException e) {
                  // not listening yet
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                sleep(Duration.ofSeconds(1));
              }
            },
            "clausewatch-ready");
    watcher.setDaemon(true);
    watcher.start();
  }

  static void stop(Process server) {
    if (!server.isAlive()) {
      return;
    }
    log("Stopping WildFly");
    List<ProcessHandle> children = server.descendants().toList();
    server.destroy();
    try {
      if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    children.forEach(
        child -> {
          child.destroy();
          child.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        });
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void log(String message) {
    System.out.println("[clausewatch] " + message);
  }
}
