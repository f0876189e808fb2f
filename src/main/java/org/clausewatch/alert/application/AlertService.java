package org.clausewatch.alert.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.clausewatch.alert.domain.AlertLadder;
import org.clausewatch.alert.domain.AlertPreferences;
import org.clausewatch.alert.domain.AlertRepository;
import org.clausewatch.alert.domain.LadderView;
import org.clausewatch.alert.domain.NotificationLine;
import org.clausewatch.alert.domain.Watch;
import org.clausewatch.alert.domain.WatchRepository;
import org.clausewatch.contract.domain.ContractNumber;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.deadline.domain.DeadlineRepository;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Sha256;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.CurrentCaller;
import org.clausewatch.shared.security.Role;

/**
 * A user's own alerts: the notification centre (read, acknowledge), what they watch, their settings
 * and their calendar feed's token. Every signed-in user with a role; each acts on their own rows
 * only, and sees notifications of contracts they are cleared for now.
 */
@Stateless
@Allowed
public class AlertService {

  /** Notifications per page of the notification centre. */
  public static final int PAGE_SIZE = 20;

  /** The kinds of deadline a user may watch, by name. */
  public static final List<String> KINDS =
      java.util.Arrays.stream(DeadlineKind.values()).map(Enum::name).toList();

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private AlertRepository alerts;
  @Inject private WatchRepository watches;
  @Inject private DeadlineRepository deadlines;
  @Inject private CurrentCaller caller;
  @Inject private Clock clock;

  /**
   * One page of notifications, newest first; one more than {@link #PAGE_SIZE} when there is a next
   * page.
   */
  public List<NotificationLine> notifications(boolean unreadOnly, int page) {
    int from = Math.max(0, Math.min(page, 10_000)) * PAGE_SIZE;
    return alerts.inbox(user(), rank(), unreadOnly, from, PAGE_SIZE + 1);
  }

  public long unreadCount() {
    return alerts.unread(user(), rank());
  }

  public void markRead(long deliveryId) {
    if (!alerts.markRead(deliveryId, user(), rank(), clock.instant())) {
      throw new BusinessException("This notification is not in your notification centre.");
    }
  }

  public int markAllRead() {
    return alerts.markAllRead(user(), rank(), clock.instant());
  }

  /**
   * Acknowledges the alert behind a notification: whoever acknowledges an ultimatum alert stops its
   * escalation for everybody (R9).
   */
  public void acknowledge(long deliveryId) {
    if (!alerts.acknowledge(deliveryId, user(), rank(), clock.instant())) {
      throw new BusinessException("This notification is not in your notification centre.");
    }
  }

  /** A deadline's alert steps and next alert time; empty if unknown or above the clearance. */
  public Optional<LadderView> ladder(long deadlineId) {
    if (deadlines.find(deadlineId) == null) {
      return Optional.empty();
    }
    return alerts.ladderOf(deadlineId);
  }

  /**
   * Gives a deadline its own alert steps ("72h, 24h, due, 1h after"), or its kind's again when
   * {@code steps} is blank (R1).
   *
   * @throws BusinessException if the deadline is unknown or a step does not read
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void setLadder(long deadlineId, @Size(max = 200) String steps) {
    if (deadlines.find(deadlineId) == null) {
      throw new BusinessException("Unknown deadline " + deadlineId);
    }
    alerts.setLadder(
        deadlineId, steps == null || steps.isBlank() ? null : AlertLadder.parse(steps));
  }

  public List<Watch> watches() {
    return watches.watchesOf(user());
  }

  /**
   * Watches a contract by number, as typed (in any case).
   *
   * @return the number as stored
   * @throws BusinessException in the same words whether the contract does not exist or is above the
   *     caller's clearance
   */
  public String watchContract(@NotNull @Size(max = 64) String contractNumber) {
    String number = ContractNumber.asStored(contractNumber);
    if (number.isEmpty() || !watches.watchContract(user(), number, clock.instant())) {
      throw new BusinessException("There is no contract numbered \"" + number + "\" for you.");
    }
    return number;
  }

  /** Watches every contract a party is party to (clearance still applies to each alert). */
  public void watchParty(@NotNull @Size(max = 300) String partyName) {
    String name = partyName.strip();
    if (name.isEmpty() || !watches.watchParty(user(), name, clock.instant())) {
      throw new BusinessException("There is no party named \"" + name + "\".");
    }
  }

  /**
   * Watches every deadline of a kind.
   *
   * @throws BusinessException if {@code kind} is not one of {@link #KINDS}
   */
  public void watchKind(@NotNull @Size(max = 40) String kind) {
    if (!KINDS.contains(kind)) {
      throw new BusinessException("Choose a kind of deadline from the list.");
    }
    watches.watchKind(user(), DeadlineKind.valueOf(kind), clock.instant());
  }

  /** The caller's watch of a contract, if they watch it and are cleared for the contract. */
  public Optional<Long> contractWatch(@NotNull @Size(max = 64) String contractNumber) {
    return watches.contractWatchOf(user(), ContractNumber.asStored(contractNumber));
  }

  /** The caller's watch of a party, by its exact name, if they watch it. */
  public Optional<Long> partyWatch(@NotNull @Size(max = 300) String partyName) {
    return watches.partyWatchOf(user(), partyName.strip());
  }

  public void unwatch(long watchId) {
    if (!watches.unwatch(user(), watchId)) {
      throw new BusinessException("You do not watch this (any more).");
    }
  }

  public AlertPreferences preferences() {
    return watches.preferencesOf(user());
  }

  /**
   * @throws BusinessException if the zone is not an IANA zone id
   */
  public void savePreferences(boolean emailEnabled, @NotNull @Size(max = 64) String zone) {
    AlertPreferences now = preferences();
    savePreferences(emailEnabled, zone, now.digestEnabled(), now.digestAt());
  }

  /**
   * Saves how the caller is told: e-mail on or off, the zone times are shown in, and a daily digest
   * at a local time in that zone instead of one mail per alert (R10).
   *
   * @throws BusinessException if the zone is not an IANA zone id
   */
  public void savePreferences(
      boolean emailEnabled,
      @NotNull @Size(max = 64) String zone,
      boolean digestEnabled,
      @NotNull LocalTime digestAt) {
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new BusinessException("\"" + zone + "\" is not a time zone such as America/New_York.");
    }
    Instant now = clock.instant();
    boolean digest = emailEnabled && digestEnabled;
    watches.savePreferences(
        user(),
        emailEnabled,
        zoneId,
        digest,
        digestAt,
        digest ? AlertPreferences.nextDigest(digestAt, zoneId, now) : null,
        now);
  }

  /**
   * A new secret for the caller's calendar feed; the previous one stops working. Only its SHA-256
   * is stored: the token is shown once.
   */
  public String renewCalendarToken() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    watches.replaceCalendarToken(user(), Sha256.hex(token), clock.instant());
    return token;
  }

  public void revokeCalendarToken() {
    watches.replaceCalendarToken(user(), null, null);
  }

  private String user() {
    return caller.username().orElseThrow(() -> new BusinessException("Nobody is signed in"));
  }

  private int rank() {
    return caller.profile().map(p -> p.clearance().ordinal()).orElse(CurrentCaller.NO_CLEARANCE);
  }
}
