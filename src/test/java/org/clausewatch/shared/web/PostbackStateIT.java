package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.DynamicActionsHeader;
import org.clausewatch.testing.TestUsers;
import org.clausewatch.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A view posted again and again stays as cheap to restore. Until 2026-12-06 PrimeFaces added its
 * theme, icons and locale script to every page while rendering it; under partial state saving
 * Mojarra recorded each as added after the view was built and replayed all of them on every later
 * postback, three more per render, each replay a walk of the whole component tree. A form refused a
 * hundred times replayed three hundred (41% of the server's CPU in {@code HostileInputIT}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostbackStateIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    JavaArchive probe =
        ShrinkWrap.create(JavaArchive.class, "dynamic-actions-header.jar")
            .addClass(DynamicActionsHeader.class)
            .addAsManifestResource(
                new StringAsset(
                    "<faces-config xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\">"
                        + "<lifecycle><phase-listener>"
                        + DynamicActionsHeader.class.getName()
                        + "</phase-listener></lifecycle></faces-config>"),
                "faces-config.xml");
    return Deployments.asBuilt().addAsLibrary(probe);
  }

  @ArquillianResource URL base;

  @Test
  void aFormRefusedAgainAndAgainReplaysNoComponentAddedAfterTheViewWasBuilt() throws Exception {
    WebClient web =
        new WebClient(base)
            .signedInAs(TestUsers.create(TestUsers.unique("postback"), "CUI", "LEGAL"));
    String page = web.get("/topics").body();
    for (int post = 1; post <= 5; post++) {
      Map<String, String> form = WebClient.formOf(page, "topic");
      form.put("topic:name", "");
      form.put("topic:description", "");
      form.put("topic:create", "Create");
      HttpResponse<String> answer = web.post("/topics", form);
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).as("refused: a topic needs a name").contains("Enter the topic");
      assertThat(answer.headers().firstValue(DynamicActionsHeader.HEADER))
          .as("components replayed when post %d restored the view", post)
          .hasValue("0");
      page = answer.body();
    }
  }
}
