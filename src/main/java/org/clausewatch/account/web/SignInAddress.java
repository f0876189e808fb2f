package org.clausewatch.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code #{signInAddress.loginPage}}: the sign-in page a request that needs a signed-in user is
 * sent to ({@link SecurityConfiguration}), with the page it asked for as {@link
 * ReturnAddress#PARAMETER}, so that signing in leads back there.
 */
@Named
@RequestScoped
public class SignInAddress {

  @Inject private HttpServletRequest request;

  public String getLoginPage() {
    return ReturnAddress.of(request)
        .map(
            target ->
                "/login?"
                    + ReturnAddress.PARAMETER
                    + "="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8))
        .orElse("/login");
  }
}
