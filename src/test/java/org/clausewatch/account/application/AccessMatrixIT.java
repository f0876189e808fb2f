package org.clausewatch.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausewatch.account.domain.SecurityEventQuery;
import org.clausewatch.annotation.domain.AnnotationKind;
import org.clausewatch.clause.application.ClauseChange;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.application.NewModification;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.application.ContractEdit;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.application.NewContract;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractStatus;
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
import org.clausewatch.history.application.HistoryService;
import org.clausewatch.party.application.PartyDetails;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.security.AccessDenied;
import org.clausewatch.shared.security.Role;
import org.clausewatch.testing.Callers;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role tries every service action. Each cell must be allowed or denied as the role
 * table says; a denied action changes nothing and leaves one ACCESS_DENIED security event.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(AccessMatrixIT.class);
  }

  @Inject ContractService contracts;
  @Inject PartyService parties;
  @Inject ClauseService clauses;
  @Inject RestrictionService restrictions;
  @Inject DisputeService disputes;
  @Inject org.clausewatch.annotation.application.AnnotationService annotations;
  @Inject DeadlineService deadlines;
  @Inject HistoryService history;
  @Inject AccountService accounts;
  @Inject SecurityEventService events;
  @Inject org.clausewatch.alert.application.AlertService alerts;
  @Inject org.clausewatch.alert.application.OutboxService outbox;
  @Inject org.clausewatch.flag.application.FlagService flags;
  @Inject org.clausewatch.search.application.SearchService search;
  @PersistenceUnit EntityManagerFactory emf;

  private static final Set<Role> READERS = EnumSet.allOf(Role.class);
  private static final Set<Role> OFFICERS = EnumSet.of(Role.CONTRACTING_OFFICER);
  private static final Set<Role> LEGAL = EnumSet.of(Role.LEGAL);
  private static final Set<Role> DRAFTERS = EnumSet.of(Role.CONTRACTING_OFFICER, Role.LEGAL);
  private static final Set<Role> ADMINS = EnumSet.of(Role.ADMINISTRATOR);

  private record Action(String name, Set<Role> allowed, Runnable call) {}

  @Test
  void everyRoleMayDoExactlyWhatItsRoleAllowsAndEveryDenialIsAudited() {
    String s = TestDatabase.uniqueSuffix();
    String officer =
        TestUsers.create("matrix-officer-" + s.toLowerCase(), "TOP_SECRET", "CONTRACTING_OFFICER");
    Map<String, String> users = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      users.put(
          role.name(),
          TestUsers.create(
              ("matrix-" + role.name().replace('_', '-') + "-" + s).toLowerCase(),
              "TOP_SECRET",
              role.name()));
    }
    users.put("NO_ROLE", TestUsers.create(("matrix-none-" + s).toLowerCase(), "TOP_SECRET"));
    String target = TestUsers.create(("matrix-target-" + s).toLowerCase(), "CUI", "MANAGER");

    String number = "MX-" + s;
    openContract(officer, number, s);
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
        Callers.as(
            users.get("LEGAL"),
            () -> restrictions.restrict(number, "H-1", "Mass surveillance " + s, null));

    List<Action> actions = new ArrayList<>();
    actions.add(
        new Action(
            "ContractService.register",
            OFFICERS,
            () -> contracts.register(contract(number + "-2", s))));
    actions.add(
        new Action(
            "ContractService.changeStatus",
            OFFICERS,
            () -> contracts.changeStatus(number, ContractStatus.NEGOTIATING)));
    actions.add(
        new Action(
            "ContractService.applyModification",
            OFFICERS,
            () ->
                contracts.applyModification(
                    number,
                    "P00001",
                    LocalDate.of(2026, 1, 5),
                    "Ceiling raised",
                    new BigDecimal("10.00"),
                    null)));
    actions.add(
        new Action(
            "ContractService.addParticipant",
            OFFICERS,
            () -> contracts.addParticipant(number, "Matrix Vendor " + s, "Subcontractor")));
    actions.add(
        new Action(
            "ContractService.authorise",
            OFFICERS,
            () ->
                contracts.authorise(
                    number, "Use on classified networks", LocalDate.of(2026, 1, 6))));
    actions.add(
        new Action(
            "ContractService.withdrawAuthorisation",
            OFFICERS,
            () ->
                contracts.withdrawAuthorisation(
                    number, 0, LocalDate.of(2026, 1, 7), "Designated a supply chain risk")));
    actions.add(new Action("ContractService.details", READERS, () -> contracts.details(number)));
    actions.add(
        new Action(
            "ContractService.browse",
            READERS,
            () -> contracts.browse(ContractQuery.all(), PageRequest.first(10))));
    actions.add(
        new Action(
            "ContractService.exportChunk",
            READERS,
            () -> contracts.exportChunk(ContractQuery.all(), null, 10)));
    actions.add(
        new Action("ContractService.countByStatus", READERS, () -> contracts.countByStatus()));
    actions.add(
        new Action(
            "PartyService.register",
            OFFICERS,
            () -> parties.register("Matrix New " + s + " " + System.nanoTime(), PartyKind.OTHER)));
    actions.add(new Action("PartyService.all", READERS, () -> parties.all()));
    actions.add(
        new Action(
            "ClauseService.append",
            DRAFTERS,
            () ->
                clauses.append(
                    number,
                    "H-" + System.nanoTime() % 100000,
                    null,
                    "More",
                    "Text.",
                    ClauseCategory.OTHER)));
    actions.add(
        new Action(
            "ClauseService.correct",
            OFFICERS,
            () ->
                clauses.correct(
                    number, "H-1", 0, "Use", "No mass surveillance of Americans.", "Typo")));
    actions.add(new Action("ClauseService.clausesOf", READERS, () -> clauses.clausesOf(number)));
    actions.add(
        new Action(
            "RestrictionService.restrict",
            DRAFTERS,
            () -> restrictions.restrict(number, "H-1", "Targeting " + System.nanoTime(), null)));
    actions.add(
        new Action(
            "DisputeService.recordPosition",
            LEGAL,
            () ->
                disputes.recordPosition(
                    number,
                    "H-1",
                    restriction,
                    "Matrix Vendor " + s,
                    Stance.ACCEPTS,
                    "We keep this.",
                    LocalDate.of(2026, 2, 24),
                    "Statement")));
    actions.add(
        new Action(
            "DisputeService.restrictionTermsOf",
            READERS,
            () -> disputes.restrictionTermsOf(number)));
    actions.add(
        new Action(
            "RestrictionService.restrictionsOf",
            READERS,
            () -> restrictions.restrictionsOf(number)));
    actions.add(
        new Action(
            "DeadlineService.set",
            OFFICERS,
            () ->
                deadlines.set(
                    number,
                    "Sign by Friday",
                    DeadlineKind.ULTIMATUM,
                    ZonedDateTime.of(2026, 12, 4, 17, 0, 0, 0, ZoneId.of("America/New_York")),
                    null,
                    null,
                    null,
                    List.of())));
    actions.add(
        new Action("DeadlineService.deadlinesOf", READERS, () -> deadlines.deadlinesOf(number)));
    actions.add(
        new Action(
            "DeadlineService.upcoming", READERS, () -> deadlines.upcoming(Duration.ofDays(7), 10)));
    actions.add(new Action("HistoryService.historyOf", READERS, () -> history.historyOf(number)));
    // The officer's workbench (issue #8)
    long deadline =
        Callers.as(
            officer,
            () ->
                deadlines.create(
                    number,
                    new NewDeadline(
                        "Matrix ultimatum",
                        DeadlineKind.ULTIMATUM,
                        LocalDate.of(2030, 1, 4),
                        LocalTime.of(17, 0),
                        "America/New_York",
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null)));
    long obligation =
        Callers.as(
            officer,
            () ->
                deadlines.createObligation(
                    number,
                    new NewObligation(
                        "Matrix Vendor " + s,
                        "Quarterly report",
                        null,
                        null,
                        LocalDate.of(2026, 1, 15),
                        "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15")));
    actions.add(
        new Action(
            "ContractService.edit",
            OFFICERS,
            () ->
                contracts.edit(
                    number,
                    contracts.editForm(number).orElseThrow().version(),
                    new ContractEdit(
                        number,
                        "Matrix edited " + s,
                        null,
                        ContractType.FFP,
                        new BigDecimal("1000000.00"),
                        "USD",
                        null,
                        null,
                        null,
                        Classification.CUI))));
    actions.add(new Action("ContractService.editForm", READERS, () -> contracts.editForm(number)));
    actions.add(
        new Action(
            "ContractService.removeParticipant",
            OFFICERS,
            () -> contracts.removeParticipant(number, "Matrix Vendor " + s, "Subcontractor")));
    actions.add(
        new Action(
            "ContractService.contractsOf",
            READERS,
            () -> contracts.contractsOf("Matrix Vendor " + s, 10)));
    actions.add(new Action("ContractService.partyNames", READERS, () -> contracts.partyNames()));
    actions.add(
        new Action(
            "ContractService.nextModificationNumber",
            READERS,
            () -> contracts.nextModificationNumber(number)));
    actions.add(
        new Action(
            "PartyService.register(details)",
            OFFICERS,
            () ->
                parties.register(
                    new PartyDetails(
                        "Matrix Details " + System.nanoTime(), PartyKind.COMPANY, "", "", null))));
    actions.add(
        new Action(
            "PartyService.edit",
            OFFICERS,
            () ->
                parties.edit(
                    "Matrix Agency " + s,
                    parties.party("Matrix Agency " + s).orElseThrow().version(),
                    new PartyDetails(
                        "Matrix Agency " + s,
                        PartyKind.GOVERNMENT_AGENCY,
                        "MATRIX000001",
                        "",
                        "Edited"))));
    actions.add(
        new Action(
            "PartyService.directory",
            READERS,
            () -> parties.directory("Matrix", PageRequest.first(10))));
    actions.add(
        new Action("PartyService.party", READERS, () -> parties.party("Matrix Agency " + s)));
    actions.add(
        new Action(
            "ClauseService.addFromLibrary",
            DRAFTERS,
            () -> clauses.addFromLibrary(number, "52.204-21", null, ClauseCategory.COMPLIANCE)));
    actions.add(
        new Action(
            "ClauseService.applyModification",
            OFFICERS,
            () ->
                clauses.applyModification(
                    number,
                    new NewModification(
                        "P" + String.format("%05d", System.nanoTime() % 100000),
                        LocalDate.of(2026, 2, 1),
                        "Funding",
                        null,
                        new BigDecimal("1.00"),
                        null,
                        null),
                    List.of(ClauseChange.revise("H-1", "Use", "No mass surveillance at all.")))));
    actions.add(
        new Action(
            "ClauseService.library",
            READERS,
            () -> clauses.library("safeguarding", PageRequest.first(10))));
    actions.add(new Action("ClauseService.clause", READERS, () -> clauses.clause(number, "H-1")));
    actions.add(
        new Action(
            "RestrictionService.redefine",
            DRAFTERS,
            () ->
                restrictions.redefine(
                    restriction,
                    restrictions.restriction(restriction).orElseThrow().version(),
                    "Mass surveillance " + s,
                    null)));
    actions.add(
        new Action(
            "RestrictionService.restriction",
            READERS,
            () -> restrictions.restriction(restriction)));
    actions.add(
        new Action(
            "DeadlineService.extend",
            OFFICERS,
            () ->
                deadlines.extend(
                    deadline,
                    deadlines.deadline(deadline).orElseThrow().version(),
                    ZonedDateTime.of(2030, 1, 4, 17, 0, 0, 0, ZoneId.of("America/New_York"))
                        .plusDays(System.nanoTime() % 1000 + 1),
                    "More time")));
    actions.add(
        new Action("DeadlineService.deadline", READERS, () -> deadlines.deadline(deadline)));
    actions.add(
        new Action(
            "DeadlineService.changeDeadline",
            OFFICERS,
            () ->
                deadlines.changeDeadline(
                    deadline,
                    deadlines.deadline(deadline).orElseThrow().version(),
                    new DeadlineChange(
                        "Matrix deadline", null, null, null, null, List.of("Matrix")))));
    actions.add(
        new Action(
            "DeadlineService.settle",
            OFFICERS,
            () ->
                deadlines.settle(
                    obligation, 0, LocalDate.of(2026, 4, 15), OccurrenceOutcome.FULFILLED, null)));
    actions.add(
        new Action(
            "DeadlineService.endObligation",
            OFFICERS,
            () -> deadlines.endObligation(obligation, 0, LocalDate.of(2026, 4, 15), "Ended")));
    actions.add(
        new Action(
            "DeadlineService.reopenObligation",
            OFFICERS,
            () -> deadlines.reopenObligation(obligation, 0, "Ended by mistake")));
    actions.add(
        new Action(
            "DeadlineService.changeObligation",
            OFFICERS,
            () ->
                deadlines.changeObligation(
                    obligation,
                    deadlines.obligationOf(number, obligation).orElseThrow().version(),
                    new ObligationChange(
                        "Matrix Vendor " + s, "Quarterly report", "Matrix", null, null))));
    actions.add(
        new Action(
            "DeadlineService.obligationOf",
            READERS,
            () -> deadlines.obligationOf(number, obligation)));
    actions.add(
        new Action(
            "DeadlineService.preview",
            READERS,
            () -> deadlines.preview("FREQ=WEEKLY", LocalDate.of(2026, 1, 1), 3)));
    actions.add(new Action("DeadlineService.overdue", READERS, () -> deadlines.overdue(5)));
    actions.add(
        new Action("DeadlineService.partiesOf", READERS, () -> deadlines.partiesOf(number)));
    actions.add(
        new Action(
            "DeadlineService.createObligation",
            OFFICERS,
            () ->
                deadlines.createObligation(
                    number,
                    new NewObligation(
                        "Matrix Vendor " + s,
                        "Once",
                        null,
                        null,
                        LocalDate.of(2026, 3, 1),
                        null))));
    actions.add(
        new Action(
            "DeadlineService.close",
            OFFICERS,
            () ->
                deadlines.close(
                    deadline,
                    deadlines.deadline(deadline).orElseThrow().version(),
                    DeadlineStatus.WITHDRAWN,
                    "Matrix")));
    actions.add(
        new Action(
            "RestrictionService.withdraw",
            DRAFTERS,
            () ->
                restrictions.withdraw(
                    restriction, restrictions.restriction(restriction).orElseThrow().version())));
    actions.add(
        new Action(
            "AccountService.browse", ADMINS, () -> accounts.browse(null, PageRequest.first(10))));
    actions.add(
        new Action(
            "AccountService.create",
            ADMINS,
            () ->
                accounts.create(
                    new NewAccount(
                        "matrix-new-" + System.nanoTime(),
                        "New",
                        null,
                        "a long enough password",
                        Set.of(Role.MANAGER),
                        Classification.CUI))));
    actions.add(
        new Action(
            "AccountService.update",
            ADMINS,
            () ->
                accounts.update(
                    target,
                    accounts.view(target).version(),
                    "Target",
                    null,
                    Set.of(Role.MANAGER),
                    Classification.SECRET,
                    "matrix test")));
    actions.add(
        new Action(
            "AccountService.resetPassword",
            ADMINS,
            () -> accounts.resetPassword(target, "another long password")));
    actions.add(new Action("AccountService.disable", ADMINS, () -> accounts.disable(target)));
    actions.add(new Action("AccountService.enable", ADMINS, () -> accounts.enable(target)));
    actions.add(new Action("AccountService.unlock", ADMINS, () -> accounts.unlock(target)));
    actions.add(
        new Action(
            "SecurityEventService.browse",
            ADMINS,
            () -> events.browse(SecurityEventQuery.all(), PageRequest.first(10))));

    actions.add(
        new Action("AlertService.notifications", READERS, () -> alerts.notifications(false, 0)));
    actions.add(new Action("AlertService.unreadCount", READERS, () -> alerts.unreadCount()));
    actions.add(
        new Action("AlertService.watchContract", READERS, () -> alerts.watchContract(number)));
    actions.add(
        new Action("AlertService.contractWatch", READERS, () -> alerts.contractWatch(number)));
    actions.add(
        new Action("AlertService.partyWatch", READERS, () -> alerts.partyWatch("Anthropic")));
    actions.add(new Action("AlertService.watchKind", READERS, () -> alerts.watchKind("ULTIMATUM")));
    actions.add(
        new Action(
            "AlertService.savePreferences", READERS, () -> alerts.savePreferences(true, "UTC")));
    actions.add(
        new Action("AlertService.renewCalendarToken", READERS, () -> alerts.renewCalendarToken()));
    actions.add(new Action("AlertService.ladder", READERS, () -> alerts.ladder(deadline)));
    actions.add(
        new Action(
            "AlertService.setLadder", OFFICERS, () -> alerts.setLadder(deadline, "48h, due")));
    // Positions, disputes and annotations (issue #9): unknown ids pass the access check and are
    // then refused as unknown.
    LocalDate tuesday = LocalDate.of(2026, 11, 24);
    actions.add(
        new Action(
            "DisputeService.revisePosition",
            LEGAL,
            () -> disputes.revisePosition(-1, 0, Stance.REJECTS, "x", tuesday, "y")));
    actions.add(
        new Action(
            "DisputeService.withdrawPosition", LEGAL, () -> disputes.withdrawPosition(-1, 0)));
    actions.add(new Action("DisputeService.escalate", LEGAL, () -> disputes.escalate(-1, 0, "x")));
    actions.add(
        new Action(
            "DisputeService.resolveByModification",
            LEGAL,
            () -> disputes.resolveByModification(-1, 0, "P00001", "x")));
    actions.add(new Action("DisputeService.abandon", LEGAL, () -> disputes.abandon(-1, 0, "x")));
    actions.add(
        new Action(
            "DisputeService.clauseTerms", READERS, () -> disputes.clauseTerms(number, "H-1")));
    actions.add(
        new Action(
            "DisputeService.restrictionsOf", READERS, () -> disputes.restrictionsOf(number)));
    actions.add(new Action("DisputeService.partiesOf", READERS, () -> disputes.partiesOf(number)));
    actions.add(
        new Action(
            "DisputeService.modificationNumbersOf",
            READERS,
            () -> disputes.modificationNumbersOf(number)));
    actions.add(new Action("DisputeService.dispute", READERS, () -> disputes.dispute(-1)));
    actions.add(new Action("DisputeService.topic", READERS, () -> disputes.topic(-1)));
    actions.add(
        new Action(
            "RestrictionService.createTopic",
            LEGAL,
            () -> restrictions.createTopic("Matrix topic " + s + " " + System.nanoTime(), null)));
    actions.add(new Action("RestrictionService.topics", READERS, () -> restrictions.topics()));
    actions.add(
        new Action("RestrictionService.topic", READERS, () -> restrictions.topic(-1).isEmpty()));
    actions.add(
        new Action(
            "RestrictionService.editTopic",
            LEGAL,
            () -> restrictions.editTopic(-1, 0, "Matrix topic " + s, null)));
    actions.add(
        new Action(
            "RestrictionService.setTopic", DRAFTERS, () -> restrictions.setTopic(-1, 0, null)));
    actions.add(
        new Action(
            "RestrictionService.restrict(topic)",
            DRAFTERS,
            () ->
                restrictions.restrict(number, "H-1", "Topic use " + System.nanoTime(), null, -1L)));
    actions.add(
        new Action(
            "RestrictionService.redefine(topic)",
            DRAFTERS,
            () -> restrictions.redefine(-1, 0, "Use", null, null)));
    actions.add(new Action("DisputeService.position", READERS, () -> disputes.position(-1)));
    actions.add(
        new Action(
            "AnnotationService.annotate",
            DRAFTERS,
            () ->
                annotations.annotate(
                    number,
                    "H-1",
                    null,
                    null,
                    "mass surveillance",
                    AnnotationKind.COMMENT,
                    "Matrix note",
                    null)));
    actions.add(new Action("AnnotationService.reply", DRAFTERS, () -> annotations.reply(-1, "x")));
    actions.add(
        new Action("AnnotationService.resolve", DRAFTERS, () -> annotations.resolve(-1, 0)));
    actions.add(new Action("AnnotationService.reopen", DRAFTERS, () -> annotations.reopen(-1, 0)));
    actions.add(
        new Action("AnnotationService.reject", DRAFTERS, () -> annotations.reject(-1, 0, "x")));
    actions.add(
        new Action(
            "AnnotationService.accept",
            OFFICERS,
            () -> annotations.accept(-1, 0, "P00009", tuesday, "Adopts it")));
    actions.add(
        new Action(
            "AnnotationService.annotated", READERS, () -> annotations.annotated(number, "H-1", 1)));
    actions.add(
        new Action(
            "AnnotationService.annotatedShowing",
            READERS,
            () -> annotations.annotatedShowing(number, "H-1", 1)));
    actions.add(
        new Action(
            "AnnotationService.annotationsOf", READERS, () -> annotations.annotationsOf(-1)));
    actions.add(new Action("AnnotationService.diff", READERS, () -> annotations.diff(-1)));
    // Flags (issue #12): everybody reads them; legal staff dismiss one.
    actions.add(new Action("FlagService.flagsOf", READERS, () -> flags.flagsOf(number)));
    actions.add(
        new Action("FlagService.flagsOfClause", READERS, () -> flags.flagsOfClause(number, "H-1")));
    actions.add(
        new Action("FlagService.overdueObligations", READERS, () -> flags.overdueObligations(5)));
    actions.add(new Action("FlagService.dismiss", LEGAL, () -> flags.dismiss(-1, 0, "x")));
    actions.add(
        new Action(
            "SearchService.search",
            READERS,
            () ->
                search.search(
                    new org.clausewatch.search.domain.SearchRequest(
                        "surveillance", null, null, null, null, null, 1, 20))));
    actions.add(new Action("OutboxService.outbox", ADMINS, () -> outbox.outbox(true, 0)));
    actions.add(new Action("OutboxService.retry", ADMINS, () -> outbox.retry(-1)));

    List<String> wrong = new ArrayList<>();
    Map<String, Integer> denials = new LinkedHashMap<>();
    for (Map.Entry<String, String> user : users.entrySet()) {
      Role role = user.getKey().equals("NO_ROLE") ? null : Role.valueOf(user.getKey());
      for (Action action : actions) {
        boolean expected = role != null && action.allowed().contains(role);
        boolean denied = false;
        try {
          Callers.as(user.getValue(), action.call());
        } catch (AccessDenied e) {
          denied = true;
        } catch (BusinessException e) {
          // past the access check; a business rule refused it (e.g. the status already moved)
        }
        if (denied == expected) {
          wrong.add(user.getKey() + " x " + action.name() + (expected ? ": denied" : ": ALLOWED"));
        }
        if (denied) {
          denials.merge(user.getValue(), 1, Integer::sum);
        }
      }
    }

    assertThat(wrong).as("cells that differ from the role table").isEmpty();
    assertThat(denials.get(users.get("NO_ROLE"))).isEqualTo(actions.size());
    EntityManager em = emf.createEntityManager();
    for (Map.Entry<String, Integer> d : denials.entrySet()) {
      Long audited =
          em.createQuery(
                  "select count(e) from SecurityEvent e where e.actor = :actor"
                      + " and e.kind = org.clausewatch.account.domain.SecurityEventKind.ACCESS_DENIED",
                  Long.class)
              .setParameter("actor", d.getKey())
              .getSingleResult();
      assertThat(audited)
          .as("denials audited for " + d.getKey())
          .isEqualTo(d.getValue().longValue());
    }
    em.close();
  }

  @Test
  void aDeniedActionChangesNothing() {
    String s = TestDatabase.uniqueSuffix();
    String officer =
        TestUsers.create(("deny-officer-" + s).toLowerCase(), "TOP_SECRET", "CONTRACTING_OFFICER");
    String manager = TestUsers.create(("deny-manager-" + s).toLowerCase(), "TOP_SECRET", "MANAGER");
    String number = "MY-" + s;
    openContract(officer, number, s);

    boolean denied = false;
    try {
      Callers.as(manager, () -> contracts.changeStatus(number, ContractStatus.NEGOTIATING));
    } catch (AccessDenied e) {
      denied = true;
      assertThat(e.getMessage()).contains("not allowed").contains("Nothing was changed");
    }

    assertThat(denied).isTrue();
    assertThat(Callers.as(manager, () -> contracts.details(number)).orElseThrow().status())
        .isEqualTo(ContractStatus.DRAFT);
  }

  /** Parties and a draft contract, registered by {@code officer}. */
  private void openContract(String officer, String number, String s) {
    Callers.as(
        officer,
        () -> {
          parties.register("Matrix Agency " + s, PartyKind.GOVERNMENT_AGENCY);
          parties.register("Matrix Vendor " + s, PartyKind.COMPANY);
          contracts.register(contract(number, s));
        });
  }

  private static NewContract contract(String number, String s) {
    return NewContract.simple(
        number,
        "Matrix " + s,
        ContractType.FFP,
        "Matrix Agency " + s,
        "Matrix Vendor " + s,
        new BigDecimal("1000000.00"),
        "USD");
  }
}
