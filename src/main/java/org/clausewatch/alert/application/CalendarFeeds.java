package org.clausewatch.alert.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.clausewatch.alert.domain.AlertCalendar;
import org.clausewatch.alert.domain.WatchRepository;
import org.clausewatch.shared.Sha256;

/**
 * Calendar feeds by secret token (R8). Calendar clients cannot sign in, so the token is the
 * credential: it is checked here, not by {@code @Allowed}, against the stored SHA-256, and the feed
 * holds only what its user is alerted about and cleared for, at the time of each request.
 */
@Stateless
public class CalendarFeeds {

  /** Entries per feed: deadlines due from 30 days ago to a year ahead, and open obligations. */
  public static final int MAX_DEADLINES = 1_000;

  public static final int MAX_OBLIGATIONS = 500;

  @Inject private WatchRepository watches;
  @Inject private AlertSettings settings;
  @Inject private Clock clock;

  /** The feed as iCalendar text; empty for an unknown, revoked or disabled user's token. */
  public Optional<String> feed(String token) {
    if (token == null || token.length() != 43) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return watches
        .userWithCalendarToken(Sha256.hex(token))
        .map(
            user ->
                AlertCalendar.of(
                        watches.calendarDeadlines(
                            user,
                            now.minus(Duration.ofDays(30)),
                            now.plus(Duration.ofDays(366)),
                            MAX_DEADLINES),
                        watches.calendarObligations(user, MAX_OBLIGATIONS),
                        settings.baseUrl(),
                        now)
                    .toString());
  }
}
