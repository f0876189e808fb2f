package org.clausewatch.alert.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.clausewatch.alert.domain.AlertKind;
import org.clausewatch.alert.domain.AlertPreferences;
import org.clausewatch.alert.domain.NotificationLine;
import org.clausewatch.annotation.domain.AnnotationKind;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.application.NewContract;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.deadline.application.DeadlineChange;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.application.NewDeadline;
import org.clausewatch.deadline.application.NewObligation;
import org.clausewatch.deadline.application.ObligationChange;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.deadline.domain.DeadlineStatus;
import org.clausewatch.deadline.domain.OccurrenceOutcome;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.domain.Stance;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.testing.Callers;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.Sql;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The alert scheduler against the real database and a real SMTP sink (GreenMail on the port the
 * server's mail session points to), with time given to each pass ({@link AlertScheduler#runAt}): a
 * ladder walked step by step, a restart in the middle, two schedulers at once, SMTP down then up, a
 * recipient whose clearance is lowered in between, escalation and acknowledgement.
 */
@ExtendWith(ArquillianExtension.class)
class AlertsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(AlertsIT.class)
        .addAsLibraries(
            Maven.resolver()
                .loadPomFromFile("pom.xml")
                .resolve("com.icegreen:greenmail")
                .withoutTransitivity()
                .asFile());
  }

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Inject DisputeService disputes;
  @Inject org.clausewatch.annotation.application.AnnotationService annotations;
  private String buyerName;
  private String vendorName;
  @Inject AlertScheduler scheduler;
  @Inject AlertService alerts;
  @Inject DeadlineService deadlines;
  @Inject ContractService contracts;
  @Inject PartyService parties;
  @Inject org.clausewatch.clause.application.ClauseService clauses;
  @Inject org.clausewatch.restriction.application.RestrictionService restrictions;

  @Resource(lookup = "java:jboss/datasources/ClausewatchDS")
  DataSource db;

  @Resource ManagedExecutorService executor;

  private GreenMail smtp;
  private String officer;
  private String manager;
  private String watcher;
  private String number;
  private Instant due;
  private long deadlineId;

  @BeforeEach
  void ultimatum() throws SQLException {
    smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    String s = TestDatabase.uniqueSuffix();
    officer =
        TestUsers.create(TestUsers.unique("alert-officer"), "TOP_SECRET", "CONTRACTING_OFFICER");
    manager = TestUsers.create(TestUsers.unique("alert-manager"), "TOP_SECRET", "MANAGER");
    watcher = TestUsers.create(TestUsers.unique("alert-legal"), "TOP_SECRET", "LEGAL");
    sql(
        "update app_user set email = username || '@alerts.test' where username in (?, ?, ?)",
        officer,
        manager,
        watcher);
    number = "ALR-" + s;
    String dod = "Department " + s;
    String vendor = "AI Lab " + s;
    buyerName = dod;
    vendorName = vendor;
    // Due on a whole minute, 80 hours after now, so steps fall at known times.
    due = Instant.now().plus(Duration.ofHours(80)).truncatedTo(ChronoUnit.MINUTES);
    // Whole-day steps keep New York's wall clock (V16); away from a daylight-saving change they
    // are also whole days of elapsed time, which the tests below count in.
    var change = NEW_YORK.getRules().nextTransition(Instant.now());
    if (change != null && change.getInstant().isBefore(due.plus(Duration.ofDays(2)))) {
      due = due.plus(Duration.ofDays(7));
    }
    deadlineId =
        Callers.as(
            officer,
            () -> {
              parties.register(dod, PartyKind.GOVERNMENT_AGENCY);
              parties.register(vendor, PartyKind.COMPANY);
              contracts.register(
                  NewContract.simple(
                      number,
                      "Frontier AI " + s,
                      ContractType.OTHER,
                      dod,
                      vendor,
                      new BigDecimal("200000000"),
                      "USD"));
              return deadlines
                  .set(
                      number,
                      "Signed document " + s,
                      DeadlineKind.ULTIMATUM,
                      ZonedDateTime.ofInstant(due, NEW_YORK),
                      dod,
                      vendor,
                      "Grant unrestricted access",
                      List.of("Defense Production Act"))
                  .id();
            });
    // Watching through SQL: the watcher's profile (clearance) is then first read by the test
    // itself.
    sql(
        "insert into alert_subscription (id, user_id, contract_id, created_at)"
            + " select nextval('alert_subscription_seq'), u.id, c.id, now() from app_user u, contract c"
            + " where u.username = ? and c.number = ?",
        watcher,
        number);
  }

  @Test
  void aContractAboveTheCallersClearanceCannotBeWatchedAndTheRefusalSaysNoMore() throws Exception {
    sql("update contract set classification = 'SECRET' where number = ?", number);
    String reader = TestUsers.create(TestUsers.unique("alert-reader"), "CUI", "MANAGER");
    String above = Callers.as(reader, () -> refusal(() -> alerts.watchContract(number)));
    String unknown =
        Callers.as(reader, () -> refusal(() -> alerts.watchContract("NO-SUCH-" + number)));
    assertThat(above).isEqualTo(unknown.replace("NO-SUCH-", ""));
    assertThat(Callers.as(reader, () -> alerts.watches())).isEmpty();
  }

  private static String refusal(Runnable action) {
    try {
      action.run();
      return "no refusal";
    } catch (org.clausewatch.shared.BusinessException e) {
      return e.getMessage();
    }
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void anUltimatumWalkedThroughItsLadderAlertsEachStepOncePerRecipientAndChannel()
      throws Exception {
    scheduler.runAt(at(-72 * 60 + 1));
    scheduler.runAt(at(-72 * 60 + 2));
    assertThat(steps()).as("R3 the 72-hour step, decided once").containsExactly("72:00:00");
    assertThat(deliveries(manager, "IN_APP")).as("R5 managers: every ultimatum").isEqualTo(1);
    assertThat(deliveries(watcher, "IN_APP")).as("R5 the contract's watcher").isEqualTo(1);
    assertThat(deliveries(officer, "IN_APP")).as("R5 not watching, not a manager").isZero();
    assertThat(mailsTo(watcher)).as("R6 entered + 72 h, one mail each").hasSize(2);
    MimeMessage stepMail =
        mailsTo(watcher).stream()
            .filter(m -> subject(m).contains("72 hours"))
            .findFirst()
            .orElseThrow();
    assertThat(stepMail.getSubject())
        .as("R7 marking and headline in the subject")
        .startsWith("[UNCLASSIFIED] Ultimatum due in 72 hours: Signed document");
    assertThat(text(stepMail)).as("R7 due time in the stated zone").contains("America/New_York");

    scheduler.runAt(at(-24 * 60 + 1));
    scheduler.runAt(at(-4 * 60 + 1));
    scheduler.runAt(at(-60 + 1));
    scheduler.runAt(at(1));
    scheduler.runAt(at(61));
    scheduler.runAt(at(24 * 60));
    assertThat(steps())
        .as("R3 every step of the ladder, each once, none after the last")
        .containsExactly("72:00:00", "24:00:00", "04:00:00", "01:00:00", "00:00:00", "-01:00:00");
    assertThat(mailsTo(watcher)).as("R6 one mail per alert").hasSize(7);
    assertThat(headlines(watcher))
        .contains("Ultimatum due now", "Ultimatum overdue", "Ultimatum due in 1 hour");
  }

  @Test
  void stepsThatFellWhileTheServerWasDownAreSentOnceAfterItStartsCollapsedToTheLatest()
      throws Exception {
    scheduler.runAt(at(-72 * 60 + 1));
    // "Down" from just after the 72-hour step until 30 minutes before the due time.
    scheduler.runAt(at(-30));
    assertThat(steps())
        .as("R3 one alert for the latest fallen step")
        .containsExactly("72:00:00", "01:00:00");
    assertThat(
            text(
                mailsTo(watcher).stream()
                    .filter(m -> subject(m).contains("due in 1 hour"))
                    .findFirst()
                    .orElseThrow()))
        .as("R3 with a note of what was missed")
        .contains("Also passed while alerts could not be sent: 24 hours before, 4 hours before");
  }

  @Test
  void twoSchedulersAtOnceDecideAndSendEachAlertExactlyOnce() throws Exception {
    Instant when = at(-72 * 60 + 1);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<AlertScheduler.Pass>> passes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      passes.add(
          executor.submit(
              () -> {
                start.await();
                return scheduler.runAt(when);
              }));
    }
    start.countDown();
    for (Future<AlertScheduler.Pass> pass : passes) {
      pass.get();
    }
    assertThat(steps()).as("R4").containsExactly("72:00:00");
    assertThat(deliveries(watcher, "EMAIL"))
        .as("R4 one row per recipient and channel")
        .isEqualTo(1);
    assertThat(mailsTo(watcher)).as("R4 no mail twice").hasSize(2);
    assertThat(deliveries(manager, "IN_APP")).as("R4").isEqualTo(1);
  }

  @Test
  void mailThatFailsWhileSmtpIsDownIsRetriedWithBackoffAndSentOnceWhenItIsUp() throws Exception {
    smtp.stop();
    String pending =
        "select count(*) from alert_delivery x join alert_event e on e.id = x.event_id"
            + " where e.deadline_id = ? and x.channel = 'EMAIL' and x.status = 'PENDING'";
    String attempted = pending + " and x.attempts = 1 and x.last_error like '%Exception%'";
    // A pass tries the mail due longest first, of any deadline: other tests' mail, and other
    // deadlines this pass decides, can come before this one's. Passes run until one of this
    // deadline's mails has been tried; each stops at the first attempt that finds the server down.
    Instant down = at(-72 * 60 + 1);
    for (int pass = 0; pass < 200 && count(attempted) == 0; pass++) {
      scheduler.runAt(down);
    }
    assertThat(mailStatus(watcher)).as("R6 waiting").containsOnly("PENDING");
    assertThat(count(pending)).as("this deadline has several mails due").isGreaterThan(1);
    assertThat(count(attempted))
        .as("R6 one attempt, its error kept; the pass stops trying a server that is down")
        .isEqualTo(1);
    smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    scheduler.runAt(down.plusSeconds(20));
    assertThat(count(attempted))
        .as("R6 the failed one waits for its backoff (1 minute)")
        .isEqualTo(1);
    scheduler.runAt(at(-72 * 60 + 4));
    assertThat(mailStatus(watcher)).as("R6").containsOnly("SENT");
    assertThat(mailsTo(watcher)).as("R6 each sent once").hasSize(2);
    assertThat(count(attempted)).isZero();
  }

  @Test
  void aRecipientWhoseClearanceIsLoweredInBetweenGetsNoMailAndNoLongerSeesTheNotification()
      throws Exception {
    sql("update contract set classification = 'SECRET' where number = ?", number);
    smtp.stop();
    scheduler.runAt(at(-72 * 60 + 1));
    sql("update app_user set clearance = 'CUI' where username = ?", watcher);
    smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    scheduler.runAt(at(-72 * 60 + 4));
    assertThat(mailStatus(watcher)).as("R5 withheld at sending time").containsOnly("WITHHELD");
    assertThat(headlines(watcher)).doesNotContain("Ultimatum due in 72 hours");
    assertThat(Callers.as(watcher, () -> alerts.notifications(false, 0)))
        .as("R5 gone from the notification centre")
        .noneMatch(n -> n.contractNumber().equals(number));
    assertThat(mailsTo(manager))
        .as("R7 above CUI: no title, only that an item needs attention")
        .isNotEmpty()
        .allSatisfy(
            m -> {
              assertThat(m.getSubject())
                  .isEqualTo("[SECRET] Clausewatch: an item needs your attention");
              assertThat(text(m))
                  .doesNotContain("Signed document")
                  .doesNotContain(number)
                  .contains("deadlines/manage?id=" + deadlineId);
            });
  }

  @Test
  void aDisabledUserGetsNothingEvenWhileWatching() throws Exception {
    sql("update app_user set enabled = false where username = ?", watcher);
    scheduler.runAt(at(-72 * 60 + 1));
    assertThat(deliveries(watcher, "IN_APP")).as("R5").isZero();
    assertThat(deliveries(watcher, "EMAIL")).as("R5").isZero();
    assertThat(deliveries(manager, "IN_APP")).as("R5 the others still are").isEqualTo(1);
  }

  @Test
  void anUnacknowledgedUltimatumAlertEscalatesAndAnAcknowledgedOneDoesNot() throws Exception {
    scheduler.runAt(at(-72 * 60 + 1));
    scheduler.runAt(at(-72 * 60 + 1).plus(Duration.ofMinutes(31)));
    assertThat(kinds()).as("R9 escalated: nobody acknowledged").contains("ESCALATION");

    NotificationLine step =
        Callers.as(watcher, () -> alerts.notifications(false, 0)).stream()
            .filter(n -> n.subject().id() == deadlineId && n.kind() == AlertKind.STEP)
            .filter(n -> n.step().equals(Duration.ofHours(72)))
            .findFirst()
            .orElseThrow();
    scheduler.runAt(at(-24 * 60 + 1));
    NotificationLine next =
        Callers.as(watcher, () -> alerts.notifications(false, 0)).stream()
            .filter(n -> n.subject().id() == deadlineId && n.kind() == AlertKind.STEP)
            .filter(n -> n.step().equals(Duration.ofHours(24)))
            .findFirst()
            .orElseThrow();
    Callers.as(watcher, () -> alerts.acknowledge(next.deliveryId()));
    scheduler.runAt(at(-24 * 60 + 1).plus(Duration.ofHours(1)));
    assertThat(
            count("select count(*) from alert_event where deadline_id = ? and kind = 'ESCALATION'"))
        .as("R9 the entered and the 72-hour alerts escalated; the acknowledged 24-hour one did not")
        .isEqualTo(2);
    assertThat(step.isAcknowledged()).as("R9 nobody acknowledged the 72-hour alert").isFalse();
  }

  @Test
  void aDailyDigestHoldsTheAlertMailAndSendsItOnceAtTheChosenLocalTime() throws Exception {
    Callers.as(
        watcher, () -> alerts.savePreferences(true, "America/New_York", true, LocalTime.of(9, 0)));
    Instant first = at(-72 * 60 + 1);
    Instant digestTime = AlertPreferences.nextDigest(LocalTime.of(9, 0), NEW_YORK, first);
    // The service planned the digest from the real clock; this test's clock is ahead of it.
    sql(
        "update alert_preference set next_digest_at = cast(? as timestamptz) where user_id ="
            + " (select id from app_user where username = ?)",
        digestTime.toString(),
        watcher);
    scheduler.runAt(first);
    assertThat(mailStatus(watcher)).as("R10 held for the digest").containsOnly("HELD");
    scheduler.runAt(digestTime.minusSeconds(60));
    assertThat(digests()).as("R10 not before its time").isEmpty();
    scheduler.runAt(digestTime.plusSeconds(1));
    scheduler.runAt(digestTime.plusSeconds(30));
    assertThat(digests()).as("R10 one digest").hasSize(1);
    assertThat(text(digests().get(0)))
        .contains("Ultimatum due in 72 hours: Signed document")
        .contains("America/New_York");
    assertThat(mailStatus(watcher)).as("R10").containsOnly("SENT");
  }

  private List<MimeMessage> digests() throws Exception {
    return mailsTo(watcher).stream()
        .filter(m -> subject(m).contains("Clausewatch daily digest"))
        .toList();
  }

  @Test
  void aRestrictionBecomingDisputedIsAlertedToTheContractsWatchersOnce() throws Exception {
    String counsel = TestUsers.create(TestUsers.unique("alert-counsel"), "TOP_SECRET", "LEGAL");
    Callers.as(
        officer,
        () ->
            clauses.append(
                number,
                "H-1",
                null,
                "Use",
                "No mass surveillance.",
                ClauseCategory.USAGE_RESTRICTION));
    long restriction =
        Callers.as(counsel, () -> restrictions.restrict(number, "H-1", "Mass surveillance", null));
    Callers.as(
        counsel,
        () ->
            disputes.recordPosition(
                number,
                "H-1",
                restriction,
                vendorName,
                Stance.ACCEPTS,
                "Keep it.",
                LocalDate.now(),
                "Letter"));
    Callers.as(
        counsel,
        () ->
            disputes.recordPosition(
                number,
                "H-1",
                restriction,
                buyerName,
                Stance.REJECTS,
                "Remove it.",
                LocalDate.now(),
                "Letter"));
    scheduler.runAt(Instant.now().plusSeconds(1));
    scheduler.runAt(Instant.now().plusSeconds(2));
    List<NotificationLine> disputes =
        Callers.as(watcher, () -> alerts.notifications(false, 0)).stream()
            .filter(n -> n.kind() == AlertKind.DISPUTED && n.contractNumber().equals(number))
            .toList();
    assertThat(disputes).as("R2 once").hasSize(1);
    assertThat(disputes.get(0).subject().title()).isEqualTo("Mass surveillance");
    assertThat(disputes.get(0).headline()).isEqualTo("Usage restriction disputed");
    assertThat(
            mailsTo(watcher, "contracts/view?number=" + number).stream()
                .map(AlertsIT::subject)
                .toList())
        .as("R6")
        .contains("[UNCLASSIFIED] Usage restriction disputed: Mass surveillance (" + number + ")");
  }

  @Test
  void aReplyTellsTheThreadAndAMentionTheColleagueNamedOnceAndOnlyIfCleared() throws Exception {
    sql("update contract set classification = 'SECRET' where number = ?", number);
    String cuiCounsel = TestUsers.create(TestUsers.unique("alert-cui"), "CUI", "LEGAL");
    String administrator =
        TestUsers.create(TestUsers.unique("alert-admin"), "TOP_SECRET", "ADMINISTRATOR");
    String colleague = TestUsers.create(TestUsers.unique("alert-colleague"), "TOP_SECRET", "LEGAL");
    Callers.as(
        officer,
        () ->
            clauses.append(
                number,
                "H-1",
                null,
                "Use",
                "No mass surveillance of U.S. persons.",
                ClauseCategory.USAGE_RESTRICTION));
    long concern =
        Callers.as(
            watcher,
            () ->
                annotations.annotate(
                    number,
                    "H-1",
                    null,
                    null,
                    "mass surveillance",
                    AnnotationKind.CONCERN,
                    "Too broad? @" + manager + " please look.",
                    null));
    Callers.as(
        officer,
        () ->
            annotations.reply(
                concern,
                "Agreed. @"
                    + watcher
                    + ", @"
                    + cuiCounsel
                    + ", @"
                    + administrator
                    + ", @"
                    + officer
                    + " and @nobody-"
                    + number.toLowerCase()));
    Callers.as(colleague, () -> annotations.reply(concern, "Thanks, looking."));
    scheduler.runAt(Instant.now().plusSeconds(1));
    scheduler.runAt(Instant.now().plusSeconds(2));

    assertThat(annotationAlerts(watcher))
        .as("the author: both replies; not also a mention for the reply that names her")
        .satisfiesExactly(
            l ->
                assertThat(l)
                    .startsWith(
                        "New reply on a clause annotation|"
                            + officer
                            + " replied: Agreed. @"
                            + watcher),
            l ->
                assertThat(l)
                    .isEqualTo(
                        "New reply on a clause annotation|"
                            + colleague
                            + " replied: Thanks, looking."));
    assertThat(annotationAlerts(manager))
        .as("mentioned in the annotation, not part of the thread")
        .containsExactly(
            "You were mentioned on a clause annotation|"
                + watcher
                + " wrote: Too broad? @"
                + manager
                + " please look.");
    assertThat(annotationAlerts(officer))
        .as("an earlier replier hears of the next reply, not of her own words")
        .containsExactly(
            "New reply on a clause annotation|" + colleague + " replied: Thanks, looking.");
    assertThat(annotationAlerts(colleague)).as("nothing about one's own reply").isEmpty();
    assertThat(annotationAlerts(cuiCounsel)).as("not cleared for the SECRET contract").isEmpty();
    assertThat(annotationAlerts(administrator)).as("no contract role").isEmpty();
    NotificationLine line =
        Callers.as(manager, () -> alerts.notifications(false, 0)).stream()
            .filter(n -> n.kind() == AlertKind.MENTION && n.contractNumber().equals(number))
            .findFirst()
            .orElseThrow();
    assertThat(line.subject().title()).isEqualTo("Clause H-1: \u201cmass surveillance\u201d");
    assertThat(line.subject().path())
        .isEqualTo(
            "/clauses/view?contract="
                + number
                + "&clause=H-1&annotation="
                + concern
                + "#annotation-"
                + concern);
    assertThat(mailsTo(watcher, "clauses/view?contract=" + number))
        .as("a SECRET contract's mail does not link to the clause it would name")
        .isEmpty();
    List<MimeMessage> mails = mailsTo(watcher, "/alerts/notifications");
    assertThat(mails).as("one mail per reply, to the notification centre").hasSize(2);
    assertThat(text(mails.get(0)))
        .as("a SECRET contract's mail says only that an item needs attention")
        .doesNotContain("Agreed")
        .contains("needs your attention");
  }

  private List<String> annotationAlerts(String user) {
    return Callers.as(user, () -> alerts.notifications(false, 0)).stream()
        .filter(n -> n.contractNumber().equals(number))
        .filter(n -> n.kind() == AlertKind.REPLY || n.kind() == AlertKind.MENTION)
        .sorted(java.util.Comparator.comparing(NotificationLine::deliveryId))
        .map(n -> n.headline() + "|" + n.detail())
        .toList();
  }

  @Test
  void anObligationOccurrenceComesDueThenOverdueUnlessSettled() throws Exception {
    LocalDate thirtyDays = LocalDate.ofInstant(due, java.time.ZoneOffset.UTC).plusDays(30);
    // A day every month has, so "every 3 months" lands on it each time (RFC 5545 skips a 31 June)
    LocalDate first = thirtyDays.withDayOfMonth(Math.min(thirtyDays.getDayOfMonth(), 28));
    long obligation =
        obligationOfTheVendor("Quarterly usage report", first, "FREQ=MONTHLY;INTERVAL=3;COUNT=4");
    Instant comingDue =
        first.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minus(Duration.ofDays(7));
    scheduler.runAt(Instant.now().plusSeconds(1));
    scheduler.runAt(comingDue.plusSeconds(60));
    scheduler.runAt(comingDue.plusSeconds(120));
    assertThat(occurrenceKinds(obligation))
        .as("R2 coming due, once")
        .containsExactly("OCCURRENCE_DUE");
    long version = scalar("select version from obligation where id = ?", obligation);
    Callers.as(
        officer,
        () ->
            deadlines.settle(obligation, version, first, OccurrenceOutcome.FULFILLED, "Delivered"));
    scheduler.runAt(first.plusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    assertThat(occurrenceKinds(obligation))
        .as("R2 settled in time: not overdue")
        .containsExactly("OCCURRENCE_DUE");
    LocalDate second = first.plusMonths(3);
    scheduler.runAt(
        second.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(60));
    assertThat(occurrenceKinds(obligation))
        .as("R2 the next quarter, overdue by the pass: overdue, not also coming due")
        .containsExactly("OCCURRENCE_DUE", "OCCURRENCE_OVERDUE");
    assertThat(overdueOccurrencesToldToTheWatcher()).containsExactly(second);
  }

  @Test
  void aDueDateEnteredInsideItsLeadTimeOrMovedIntoThePastIsAlertedAtTheNextPass() throws Exception {
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    LocalDate inThreeDays = today.plusDays(3);
    long obligation =
        obligationOfTheVendor("Red-team findings for the evaluation", inThreeDays, null);
    scheduler.runAt(Instant.now().plusSeconds(1));
    assertThat(occurrenceKinds(obligation))
        .as("R2 entered three days before its date: coming due at once")
        .containsExactly("OCCURRENCE_DUE");

    LocalDate threeDaysAgo = today.minusDays(3);
    long version = scalar("select version from obligation where id = ?", obligation);
    Callers.as(
        officer,
        () ->
            deadlines.changeObligation(
                obligation,
                version,
                new ObligationChange(
                    "AI Lab " + number.substring(4),
                    "Red-team findings for the evaluation",
                    null,
                    null,
                    threeDaysAgo)));
    scheduler.runAt(Instant.now().plusSeconds(1));
    scheduler.runAt(Instant.now().plusSeconds(2));
    assertThat(occurrenceKinds(obligation))
        .as("R2 moved three days back: overdue, once, and not coming due")
        .containsExactly("OCCURRENCE_OVERDUE", "OCCURRENCE_DUE");
    assertThat(overdueOccurrencesToldToTheWatcher())
        .as("the watcher is told it is overdue, for its new date")
        .containsExactly(threeDaysAgo);
  }

  @Test
  void aDeadlineEnteredAfterItsFirstStepFellIsToldAtOnceAndOneEnteredBeforeIsLeftToItsLadder()
      throws Exception {
    Instant now = Instant.now();
    long soon = reportOfTheVendor("Interim evaluation report", now.plus(Duration.ofDays(3)));
    long later = reportOfTheVendor("Final evaluation report", now.plus(Duration.ofDays(20)));
    long missed = reportOfTheVendor("Kick-off report", now.minus(Duration.ofDays(2)));
    scheduler.runAt(Instant.now().plusSeconds(1));
    assertThat(eventKinds(soon))
        .as("R2 entered three days before its due time, after its 14- and 7-day steps fell")
        .containsExactly("ENTERED");
    assertThat(eventKinds(later)).as("entered before its first step: its ladder tells").isEmpty();
    MimeMessage told = mailsTo(watcher, "deadlines/manage?id=" + soon).get(0);
    assertThat(told.getSubject())
        .isEqualTo("[UNCLASSIFIED] New deadline: Interim evaluation report (" + number + ")");
    assertThat(text(told)).contains("Due: ").contains("By " + officer);
    assertThat(mailsTo(watcher, "deadlines/manage?id=" + missed).get(0).getSubject())
        .as("entered two days after its due time: the headline says it is overdue")
        .isEqualTo(
            "[UNCLASSIFIED] New deadline, already overdue: Kick-off report (" + number + ")");
    assertThat(mailsTo(manager, "deadlines/manage?id=" + soon))
        .as("R5 not an ultimatum: managers are not told")
        .isEmpty();
    assertThat(
            strings(
                "select coalesce(escalate_at::text, 'none') from alert_event"
                    + " where deadline_id = ?",
                soon))
        .as("R9 only ultimatums escalate")
        .containsExactly("none");

    scheduler.runAt(now.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)));
    assertThat(eventKinds(soon))
        .as("the 1-day step still comes")
        .containsExactly("ENTERED", "STEP");
  }

  @Test
  void aDeadlineEnteredWithItsOwnStepsAlertsByThemAndAStepThatDoesNotReadSavesNothing()
      throws Exception {
    ZonedDateTime due = ZonedDateTime.now(NEW_YORK).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
    long own = Callers.as(officer, () -> enteredWithSteps("Security plan update", due, "24h, due"));
    assertThat(Callers.as(officer, () -> alerts.ladder(own)).orElseThrow())
        .satisfies(
            ladder -> {
              assertThat(ladder.own()).isTrue();
              assertThat(ladder.ladder().format()).isEqualTo("24h, due");
            });
    scheduler.runAt(Instant.now().plusSeconds(1));
    assertThat(eventKinds(own))
        .as(
            "three days ahead, its own first step (a day before) is still to come: not told as late")
        .isEmpty();

    assertThatThrownBy(
            () ->
                Callers.as(officer, () -> enteredWithSteps("Mistyped steps", due, "24h, tomorrow")))
        .hasMessageContaining("\"tomorrow\" is not an alert step");
    try (Connection c = db.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select count(*) from deadline d join contract k on k.id = d.contract_id"
                    + " where k.number = ? and d.title = 'Mistyped steps'")) {
      q.setString(1, number);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        assertThat(r.getLong(1)).as("rolled back whole: no deadline without its steps").isZero();
      }
    }
  }

  /** A report of the vendor due at {@code due}, entered from the form with its own steps. */
  private long enteredWithSteps(String title, ZonedDateTime due, String steps) {
    return deadlines.create(
        number,
        new NewDeadline(
            title,
            DeadlineKind.REPORT,
            due.toLocalDate(),
            due.toLocalTime(),
            "America/New_York",
            vendorName,
            buyerName,
            null,
            null,
            List.of(),
            steps));
  }

  private long reportOfTheVendor(String title, Instant dueAt) {
    return Callers.as(
        officer,
        () ->
            deadlines
                .set(
                    number,
                    title,
                    DeadlineKind.REPORT,
                    ZonedDateTime.ofInstant(dueAt, NEW_YORK).truncatedTo(ChronoUnit.MINUTES),
                    vendorName,
                    buyerName,
                    null,
                    List.of())
                .id());
  }

  private List<String> eventKinds(long deadline) throws SQLException {
    return strings("select kind from alert_event where deadline_id = ? order by id", deadline);
  }

  /** An obligation of the vendor on this test's contract, entered by the officer. */
  private long obligationOfTheVendor(String description, LocalDate due, String rule) {
    return Callers.as(
        officer,
        () ->
            deadlines.createObligation(
                number,
                new NewObligation(
                    "AI Lab " + number.substring(4), description, null, null, due, rule)));
  }

  /** The occurrences of this test's contract the watcher was told are overdue. */
  private List<LocalDate> overdueOccurrencesToldToTheWatcher() {
    return Callers.as(watcher, () -> alerts.notifications(false, 0)).stream()
        .filter(n -> n.kind() == AlertKind.OCCURRENCE_OVERDUE && n.contractNumber().equals(number))
        .map(n -> n.subject().occurrence())
        .toList();
  }

  private List<String> occurrenceKinds(long obligation) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select kind from alert_event where obligation_id = ? order by occurrence, kind")) {
      q.setLong(1, obligation);
      List<String> kinds = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          kinds.add(r.getString(1));
        }
      }
      return kinds;
    }
  }

  @Test
  void aConsequenceAddedToADeadlineTellsItsWatchersOncePerChangeInItsWords() throws Exception {
    change(List.of("Defense Production Act", "Designated a supply chain risk"));
    change(List.of("Designated a supply chain risk"));
    change(List.of("Designated a supply-chain risk."));
    scheduler.runAt(Instant.now().plusSeconds(1));

    assertThat(kinds())
        .as("a change that adds nothing, or writes one again with other punctuation, tells nobody")
        .containsOnlyOnce("THREATENED");
    assertThat(headlines(watcher)).containsExactly("New ultimatum", "New consequence threatened");
    assertThat(text(threatened(watcher).get(0)))
        .contains("By " + officer + ": Designated a supply chain risk")
        .doesNotContain("Defense Production Act;");

    change(List.of("Designated a supply-chain risk.", "Contract terminated"));
    scheduler.runAt(Instant.now().plusSeconds(1));
    assertThat(kinds()).as("once per change").containsSubsequence("THREATENED", "THREATENED");
    assertThat(threatened(watcher)).hasSize(2);
    assertThat(text(threatened(watcher).get(1))).contains(": Contract terminated");
  }

  private List<MimeMessage> threatened(String user) throws Exception {
    return mailsTo(user).stream()
        .filter(m -> subject(m).contains("New consequence threatened"))
        .toList();
  }

  /** The officer changes the ultimatum's consequences, nothing else. */
  private void change(List<String> consequences) throws SQLException {
    long version = count("select version from deadline where id = ?");
    Callers.as(
        officer,
        () ->
            deadlines.changeDeadline(
                deadlineId,
                version,
                new DeadlineChange(
                    deadlines.deadline(deadlineId).orElseThrow().title(),
                    buyerName,
                    vendorName,
                    "Grant unrestricted access",
                    null,
                    consequences)));
  }

  @Test
  void closingAnUltimatumStopsItsLadderAndTellsItsWatchers() throws Exception {
    scheduler.runAt(at(-72 * 60 + 1));
    long version = count("select version from deadline where id = ?");
    Callers.as(officer, () -> deadlines.close(deadlineId, version, DeadlineStatus.MET, "Signed"));
    scheduler.runAt(at(-24 * 60 + 1));
    assertThat(steps()).as("R2 no step after it was closed").containsExactly("72:00:00");
    assertThat(kinds()).as("R2").contains("MET");
    assertThat(headlines(watcher)).contains("Ultimatum met");
  }

  private Instant at(long minutesFromDue) {
    return due.plus(Duration.ofMinutes(minutesFromDue));
  }

  private List<String> steps() throws SQLException {
    return strings(
        "select to_char(step, 'HH24:MI:SS') from alert_event where deadline_id = ?"
            + " and kind = 'STEP' order by occurred_at, id");
  }

  private List<String> kinds() throws SQLException {
    return strings("select kind from alert_event where deadline_id = ? order by id");
  }

  private long deliveries(String user, String channel) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select count(*) from alert_delivery x join alert_event e on e.id = x.event_id"
                    + " join app_user u on u.id = x.recipient_id where e.deadline_id = ?"
                    + " and u.username = ? and x.channel = ? and e.kind = 'STEP'")) {
      q.setLong(1, deadlineId);
      q.setString(2, user);
      q.setString(3, channel);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private List<String> mailStatus(String user) throws SQLException {
    return userStrings("x.status", user);
  }

  private List<String> userStrings(String column, String user) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select "
                    + column
                    + " from alert_delivery x join alert_event e on e.id = x.event_id"
                    + " join app_user u on u.id = x.recipient_id where e.deadline_id = ?"
                    + " and u.username = ? and x.channel = 'EMAIL' and e.kind = 'STEP'"
                    + " order by x.id")) {
      q.setLong(1, deadlineId);
      q.setString(2, user);
      List<String> values = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          values.add(r.getString(1));
        }
      }
      return values;
    }
  }

  private List<String> strings(String sql) throws SQLException {
    return strings(sql, deadlineId);
  }

  private List<String> strings(String sql, long id) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      q.setLong(1, id);
      List<String> values = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          values.add(r.getString(1));
        }
      }
      return values;
    }
  }

  private long scalar(String sql, long id) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      q.setLong(1, id);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private long count(String sql) throws SQLException {
    return scalar(sql, deadlineId);
  }

  private void sql(String sql, String... values) throws SQLException {
    Sql.update(db, sql, (Object[]) values);
  }

  /** Mails the sink received for the user, in arrival order, about this test's deadline only. */
  private List<MimeMessage> mailsTo(String user) throws Exception {
    return mailsTo(user, "deadlines/manage?id=" + deadlineId);
  }

  private List<MimeMessage> mailsTo(String user, String link) throws Exception {
    List<MimeMessage> mails = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessagesForDomain("alerts.test")) {
      if (m.getAllRecipients()[0].toString().equals(user + "@alerts.test")
          && text(m).contains(link)) {
        mails.add(m);
      }
    }
    return mails;
  }

  private List<String> headlines(String user) throws Exception {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage m : mailsTo(user)) {
      subjects.add(m.getSubject());
    }
    return subjects.stream()
        .map(s -> s.replaceFirst("^\\[[A-Z ]+\\] ", "").replaceFirst(":.*$", ""))
        .toList();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage m) throws Exception {
    return com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
  }
}
