package org.clausewatch.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Bounds every request parameter before any page, bean or service sees it ({@link InputRules}). URL
 * parameters (a GET's query) are short and free of control characters, or the request gets the 400
 * page. A form post's values are only capped here; each form field is then checked with a message
 * beside it ({@link InputLimits}), but the framework's own parameters ({@code jakarta.faces.*},
 * {@code primefaces.*}) must be clean already.
 */
@WebFilter(filterName = "requestLimitsFilter", urlPatterns = "/*")
public class RequestLimitsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    check(request.getMethod(), request.getParameterMap());
    chain.doFilter(request, response);
  }

  /**
   * @throws BadRequest naming the first parameter that breaks a bound
   */
  static void check(String method, Map<String, String[]> parameters) {
    boolean form = "POST".equalsIgnoreCase(method);
    int maxParameters = form ? InputRules.FORM_PARAMETERS_MAX : InputRules.URL_PARAMETERS_MAX;
    if (parameters.size() > maxParameters) {
      throw new BadRequest("More than " + maxParameters + " parameters");
    }
    int maxValue = form ? InputRules.FORM_VALUE_MAX : InputRules.URL_VALUE_MAX;
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      if (name.length() > InputRules.NAME_MAX || InputRules.forbiddenControl(name).isPresent()) {
        throw new BadRequest("A parameter name is too long or has control characters");
      }
      boolean checkControls = !form || isFrameworkParameter(name);
      for (String value : parameter.getValue()) {
        if (value.length() > maxValue) {
          throw new BadRequest("Parameter " + name + " is longer than " + maxValue);
        }
        if (checkControls && InputRules.forbiddenControl(value).isPresent()) {
          throw new BadRequest("Parameter " + name + " has a control character");
        }
      }
    }
  }

  private static boolean isFrameworkParameter(String name) {
    return name.startsWith("jakarta.faces.") || name.startsWith("primefaces.");
  }
}
