package org.clausewatch.alert.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.alert.application.CalendarFeeds;

/**
 * {@code /calendar/<token>.ics}: a user's iCalendar feed for calendar clients, which cannot sign
 * in; the secret token in the address is the credential (open in web.xml). An unknown, revoked or
 * malformed token is a plain 404, the same for all.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9_-]{43})\\.ics");

  @Inject private CalendarFeeds feeds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    Matcher m = path == null ? null : PATH.matcher(path);
    Optional<String> feed = m != null && m.matches() ? feeds.feed(m.group(1)) : Optional.empty();
    if (feed.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/calendar; charset=UTF-8");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Content-Disposition", "inline; filename=\"clausewatch.ics\"");
    byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
