package org.clausewatch.flag.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.deadline.domain.OverdueOccurrences;
import org.clausewatch.flag.domain.ContractFacts.ClauseFact;
import org.clausewatch.flag.domain.ContractFacts.DeadlineFact;
import org.clausewatch.flag.domain.ContractFacts.DemandFact;
import org.clausewatch.flag.domain.ContractFacts.DisputeFact;
import org.clausewatch.flag.domain.ContractFacts.ObligationFact;
import org.clausewatch.flag.domain.ContractFacts.RestrictionFact;
import org.clausewatch.shared.BusinessException;

/**
 * The rules about a contract's situation and the words of its clauses (R2, R3): from a contract's
 * facts and the time, every flag that holds. Pure: the same facts at the same time give the same
 * findings, so a flag is stored once and changes only when its facts do.
 */
public final class SituationRules {

  /**
   * Wording that asks for use without restriction: "unrestricted access", "for all lawful
   * purposes", "complete control", "without any restriction".
   */
  static final Pattern UNRESTRICTED_USE =
      Pattern.compile(
          "\\b(unrestricted\\s+(access|use)|(all|any)\\s+lawful\\s+(purposes?|uses?)"
              + "|complete\\s+control|full\\s+access|without\\s+(any\\s+)?(restrictions?|limitations?"
              + "|safeguards?|guardrails?)|no\\s+(usage\\s+)?restrictions?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private SituationRules() {}

  public static List<Finding> of(ContractFacts facts, Instant now) {
    List<Finding> found = new ArrayList<>();
    disputes(facts, found);
    deadlines(facts, now, found);
    obligations(facts, now, found);
    demands(facts, found);
    clauses(facts, found);
    return found;
  }

  private static void disputes(ContractFacts facts, List<Finding> found) {
    for (DisputeFact d : facts.disputes()) {
      String term =
          d.restrictedUse() == null
              ? "Clause " + d.clauseNumber()
              : "\u201c" + d.restrictedUse() + "\u201d (clause " + d.clauseNumber() + ")";
      found.add(
          new Finding(
              FlagRule.TERM_DISPUTED.name(),
              "dispute:" + d.id(),
              Severity.HIGH,
              true,
              d.clauseId(),
              null,
              term + " is disputed: " + d.explanation(),
              null,
              null,
              null,
              null));
    }
  }

  private static void deadlines(ContractFacts facts, Instant now, List<Finding> found) {
    for (DeadlineFact d : facts.deadlines()) {
      String what = kindInWords(d.kind()) + " \u201c" + d.title() + "\u201d";
      String due = when(d.dueAt(), d.dueZone());
      if (!d.dueAt().isAfter(now)) {
        found.add(
            new Finding(
                FlagRule.DEADLINE_OVERDUE.name(),
                "deadline:" + d.id(),
                Severity.HIGH,
                true,
                null,
                d.id(),
                capitalised(what) + " was due " + due + " and is still open.",
                null,
                null,
                null,
                d.dueAt()));
      } else if (d.attentionAt() != null && !d.attentionAt().isAfter(now)) {
        found.add(
            new Finding(
                FlagRule.DEADLINE_DUE_SOON.name(),
                "deadline:" + d.id(),
                d.kind().equals("ULTIMATUM") ? Severity.HIGH : Severity.MEDIUM,
                true,
                null,
                d.id(),
                capitalised(what)
                    + " is due "
                    + due
                    + ", inside its lead time of "
                    + lead(Duration.between(d.attentionAt(), d.dueAt()))
                    + ".",
                null,
                null,
                null,
                d.dueAt()));
      }
      boolean near =
          !d.dueAt().isAfter(now) || (d.attentionAt() != null && !d.attentionAt().isAfter(now));
      if (!d.consequences().isEmpty()) {
        String who = d.issuer() == null ? "The issuer" : d.issuer();
        found.add(
            new Finding(
                FlagRule.THREATENED_CONSEQUENCES.name(),
                "consequences:" + d.id(),
                near ? Severity.HIGH : Severity.MEDIUM,
                near,
                null,
                d.id(),
                who
                    + " names what follows if the "
                    + kindInWords(d.kind())
                    + " \u201c"
                    + d.title()
                    + "\u201d is not met: "
                    + String.join("; ", d.consequences())
                    + ".",
                null,
                null,
                null,
                d.dueAt()));
      }
    }
  }

  private static void obligations(ContractFacts facts, Instant now, List<Finding> found) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (ObligationFact o : facts.obligations()) {
      Optional<OverdueOccurrences> overdue;
      try {
        overdue = OverdueOccurrences.on(today, o.due(), o.recurrence(), o.settled());
      } catch (BusinessException e) {
        // A rule written past the application (in SQL) that does not parse: the contract page
        // cannot list its occurrences either; nothing to count.
        continue;
      }
      overdue.ifPresent(
          x ->
              found.add(
                  new Finding(
                      FlagRule.OBLIGATION_OVERDUE.name(),
                      "obligation:" + o.id(),
                      Severity.MEDIUM,
                      true,
                      o.clauseId(),
                      null,
                      "Obligation \u201c"
                          + o.description()
                          + "\u201d, owed by "
                          + o.owingParty()
                          + ", "
                          + (x.count() == 1
                              ? "was due " + DAY.format(x.earliest()) + " and is not settled."
                              : "has "
                                  + x.count()
                                  + " occurrences due and not settled, from "
                                  + DAY.format(x.earliest())
                                  + " to "
                                  + DAY.format(x.latest())
                                  + "."),
                      null,
                      null,
                      null,
                      x.earliest().atStartOfDay(ZoneOffset.UTC).toInstant())));
    }
  }

  private static void demands(ContractFacts facts, List<Finding> found) {
    List<RestrictionFact> limits = facts.restrictions();
    if (limits.isEmpty()) {
      return;
    }
    String uses =
        String.join(
            "; ",
            limits.stream()
                .map(
                    r ->
                        (r.kind().equals("PROHIBITED") ? "prohibited: " : "conditional: ")
                            + r.restrictedUse())
                .toList());
    for (DeadlineFact d : facts.deadlines()) {
      demand(
          "deadline-demand:" + d.id(),
          null,
          d.id(),
          d.dueAt(),
          "The " + kindInWords(d.kind()) + " \u201c" + d.title() + "\u201d demands",
          d.demandedAction(),
          uses,
          found);
    }
    for (DemandFact p : facts.positions()) {
      demand(
          "position-demand:" + p.id(),
          p.clauseId(),
          null,
          null,
          p.party() + "'s position demands",
          p.statement(),
          uses,
          found);
    }
  }

  private static void demand(
      String subject,
      Long clauseId,
      Long deadlineId,
      Instant dueAt,
      String who,
      String text,
      String uses,
      List<Finding> found) {
    if (text == null) {
      return;
    }
    Matcher m = UNRESTRICTED_USE.matcher(text);
    if (!m.find()) {
      return;
    }
    found.add(
        new Finding(
            FlagRule.DEMAND_CONFLICTS_WITH_RESTRICTION.name(),
            subject,
            Severity.HIGH,
            true,
            clauseId,
            deadlineId,
            who
                + " \u201c"
                + m.group()
                + "\u201d, which conflicts with the contract's usage restrictions ("
                + uses
                + ").",
            text,
            null,
            new Span(m.start(), m.end()),
            dueAt));
  }

  private static void clauses(ContractFacts facts, List<Finding> found) {
    for (ClauseFact c : facts.clauses()) {
      outdated(c, found);
      List<TextEvidence> evidence = TextEvidence.ofShipped(c.text());
      java.util.Set<ClauseCategory> seen = java.util.EnumSet.noneOf(ClauseCategory.class);
      for (TextEvidence e : evidence) {
        if (!seen.add(e.category())) {
          continue;
        }
        String sentence = c.text().substring(e.sentence().start(), e.sentence().end());
        found.add(
            new Finding(
                FlagRule.textRule(e.category()),
                "clause:" + c.id(),
                Severity.LOW,
                false,
                c.id(),
                null,
                "Clause "
                    + c.number()
                    + " (\u201c"
                    + c.heading()
                    + "\u201d): "
                    + e.category().label().toLowerCase(Locale.ENGLISH)
                    + ", in the words marked.",
                sentence,
                e.sentence(),
                new Span(
                    e.words().start() - e.sentence().start(),
                    e.words().end() - e.sentence().start()),
                null));
      }
    }
  }

  private static void outdated(ClauseFact c, List<Finding> found) {
    if (c.citedDate() == null || c.libraryDate() == null || c.citedDate().equals(c.libraryDate())) {
      return;
    }
    String explanation =
        c.citedDate().isBefore(c.libraryDate())
            ? "Clause "
                + c.number()
                + " cites the version of "
                + MONTH.format(c.citedDate())
                + "; the library's is of "
                + MONTH.format(c.libraryDate())
                + "."
            : "Clause "
                + c.number()
                + " cites a version of "
                + MONTH.format(c.citedDate())
                + " the library does not know (its latest is of "
                + MONTH.format(c.libraryDate())
                + ").";
    found.add(
        new Finding(
            FlagRule.OUTDATED_CLAUSE_DATE.name(),
            "clause:" + c.id(),
            Severity.LOW,
            false,
            c.id(),
            null,
            explanation,
            null,
            null,
            null,
            null));
  }

  static String when(Instant at, String zone) {
    ZoneId z;
    try {
      z = ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      z = ZoneId.of("UTC");
    }
    return WHEN.format(at.atZone(z)) + " (" + z.getId() + ")";
  }

  static String lead(Duration lead) {
    long hours = lead.toHours();
    if (hours % 24 == 0 && hours >= 48) {
      return hours / 24 + " days";
    }
    return hours == 1 ? "1 hour" : hours + " hours";
  }

  private static String kindInWords(String kind) {
    return switch (kind) {
      case "ULTIMATUM" -> "ultimatum";
      case "RESPONSE" -> "response deadline";
      case "DELIVERY" -> "delivery deadline";
      case "RENEWAL" -> "renewal deadline";
      case "OPTION_EXERCISE" -> "option-exercise deadline";
      case "REPORT" -> "report deadline";
      default -> "deadline";
    };
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
