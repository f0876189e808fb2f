package org.clausewatch.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Test-only: a page that always fails, added to the deployment by {@link ErrorPagesIT}. */
@WebServlet("/test/failure")
public class FailingServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String SECRET_DETAIL = "internal detail that must not reach the browser";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    throw new IllegalStateException(SECRET_DETAIL);
  }
}
