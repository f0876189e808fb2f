package org.clausewatch.shared.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clausewatch.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed app reports ready, with its database check, on the management interface. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.asBuilt();
  }

  @Test
  void readinessIsUpWithTheDatabaseCheckOnceMigrated() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:10090/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"status\":\"UP\"")
        .contains("{\"name\":\"database\",\"status\":\"UP\",\"data\":{\"pendingMigrations\":0}}");
  }

  @Test
  void metricsAndTheManagementApiNeedAManagementUser() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path : java.util.List.of("/metrics", "/management")) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:10090" + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.body()).as(path).doesNotContain("select ").doesNotContain("jvm_");
    }
  }
}
