package org.clausewatch.account.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Servlets;

/**
 * A page left open past its session sends its next Ajax request without a signed-in user; the
 * server answers it with a redirect to the sign-in page, which the browser follows as an Ajax
 * request too. Updating a few components of the old page with the sign-in page would make the click
 * seem to do nothing, so that request is told, before Faces sees it, to load the sign-in page
 * instead (with the page to come back to). Faces never renders the sign-in page for an Ajax
 * request: it would refuse it for want of the old page's script nonce and log the refusal as an
 * error.
 */
@WebFilter(filterName = "signInFromAjaxFilter")
public class SignInFromAjaxFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!Servlets.isFacesAjaxRequest(request)) {
      chain.doFilter(request, response);
      return;
    }
    String target = ReturnAddress.safe(request.getParameter(ReturnAddress.PARAMETER)).orElse(null);
    if (target == null) {
      Servlets.facesRedirect(request, response, "login");
    } else {
      Servlets.facesRedirect(request, response, "login?" + ReturnAddress.PARAMETER + "=%s", target);
    }
  }
}
