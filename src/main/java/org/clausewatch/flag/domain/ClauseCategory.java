package org.clausewatch.flag.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clause categories of the CUAD data set ("Contract Understanding Atticus Dataset (CUAD) v1, The
 * Atticus Project", CC BY 4.0), each found by word patterns in a sentence. The patterns were
 * written on the development part of CUAD (four contracts in five, in file-name order) and are
 * measured on the fifth held out ({@code mvn -Pflag-evaluation}, docs/flagging.md). A category is
 * {@linkplain #shipped() shipped} as a flag users see only when it reached the goal on the held-out
 * contracts: sentence precision at least 0.80 at recall at least 0.60.
 */
public enum ClauseCategory {
  GOVERNING_LAW(
      "Governing Law",
      "Governing law",
      true,
      "\\b(governed by|construed (and enforced )?(in accordance with|under)|interpreted (in accordance with|under)|subject to) (and construed )?(in accordance with )?(the )?(internal |substantive |domestic )?laws? of\\b",
      "\\bgoverning law\\b.{0,80}\\blaws? of\\b",
      "\\bgoverned (and|by|in)\\b.{0,60}\\blaws?\\b"),
  ANTI_ASSIGNMENT(
      "Anti-Assignment",
      "Assignment needs consent",
      true,
      "\\b(neither party|no party|(shall|may|will) not)\\b.{0,60}\\bassign\\w*\\b.{0,200}\\b(consent|approval|void)\\b",
      "\\b(shall|may|will) not (be )?(assign|transfer)\\w*\\b.{0,120}\\b(agreement|rights|obligations)\\b",
      "\\bnot (be )?assignable\\b",
      "\\bassignment\\b.{0,100}\\b(void|null)\\b",
      "\\bwithout (the )?(prior )?(express )?(written )?(consent|approval)\\b.{0,40}\\bassign"),
  AUDIT_RIGHTS(
      "Audit Rights",
      "Audit rights",
      false,
      "\\b(right|entitled|permitted|may|shall have)\\b.{0,60}\\baudit",
      "\\baudit\\w*\\b.{0,150}\\b(books|records|accounts)\\b",
      "\\b(inspect|examin)\\w*\\b.{0,80}\\b(books|records|accounts)\\b",
      "\\b(books|records)\\b.{0,120}\\b(inspect|examin|review)\\w*"),
  INSURANCE(
      "Insurance",
      "Insurance required",
      false,
      "\\b(maintain|carry|obtain|procure|keep)\\w*\\b.{0,120}\\binsurance\\b",
      "\\binsurance\\b.{0,150}\\b(coverage|limits?|amount|policy|policies|per occurrence)\\b",
      "\\badditional(ly)? insured",
      "\\bcertificates? of insurance\\b",
      "\\b(each|per) occurrence\\b",
      "\\binsurance (polic(y|ies)|coverage)\\b"),
  CAP_ON_LIABILITY(
      "Cap on Liability",
      "Cap on liability",
      true,
      "\\b(liability|liable)\\b.{0,200}\\b(shall not|will not|not|in no event|in any event) (to )?exceed",
      "\\b(aggregate|total|maximum|cumulative|entire) liability\\b",
      "\\b(in no event|under no circumstances|neither party|not)\\b.{0,40}\\b(be )?liable\\b.{0,200}\\b(indirect|consequential|special|incidental|punitive|lost profits)",
      "\\bliability\\b.{0,80}\\b(limited to|shall be limited)"),
  TERMINATION_FOR_CONVENIENCE(
      "Termination for Convenience",
      "Termination for convenience",
      false,
      "\\bterminat\\w*\\b.{0,150}\\b(for convenience|for any reason|without cause|with or without cause|at any time)",
      "\\b(for convenience|without cause|for any reason or no reason)\\b.{0,100}\\bterminat"),
  CHANGE_OF_CONTROL(
      "Change of Control",
      "Change of control",
      false,
      "\\bchange (of|in) control\\b",
      "\\b(merger|consolidation|acquisition)\\b.{0,150}\\b(assign|terminat|consent|control)",
      "\\b(acquires?|acquisition of)\\b.{0,60}\\b(majority|fifty percent|50%)"),
  NON_COMPETE(
      "Non-Compete",
      "Non-compete",
      false,
      "\\bnot\\b.{0,60}\\b(compete|competing|competitive)\\b",
      "\\bnon-?compet",
      "\\b(engage|participate)\\b.{0,80}\\b(competitive|competing|competes)\\b"),
  EXCLUSIVITY(
      "Exclusivity",
      "Exclusivity",
      false,
      "\\bexclusiv",
      "\\bsole (and exclusive )?(supplier|distributor|source|provider)"),
  IP_OWNERSHIP_ASSIGNMENT(
      "IP Ownership Assignment",
      "IP ownership assigned",
      false,
      "\\b(hereby )?(assigns?|transfers?)\\b.{0,120}\\b(right, title and interest|intellectual property|inventions?|work product|copyrights?)",
      "\\b(shall be|will be|is) the (sole and )?(exclusive )?property of\\b",
      "\\bwork(s)? made for hire\\b",
      "\\b(shall|will) (solely |exclusively )?own\\b.{0,100}\\b(right|intellectual|invention|develop)"),
  LICENSE_GRANT(
      "License Grant",
      "Licence grant",
      false,
      "\\b(hereby )?grants?\\b.{0,120}\\blicen[cs]e",
      "\\blicen[cs]e (to|under)\\b.{0,80}\\b(use|make|sell|reproduce|distribute)"),
  LIQUIDATED_DAMAGES(
      "Liquidated Damages",
      "Liquidated damages",
      false,
      "\\bliquidated damages\\b",
      "\\bas (a )?(liquidated damages|penalty)\\b"),
  MOST_FAVORED_NATION(
      "Most Favored Nation",
      "Most favoured nation",
      false,
      "\\bmost favou?red\\b",
      "\\b(terms|price|prices|pricing)\\b.{0,100}\\b(no less favou?rable|at least as favou?rable|more favou?rable)",
      "\\b(lower|better|lowest) (price|prices|terms)\\b.{0,120}\\b(any other|third part)"),
  UNCAPPED_LIABILITY(
      "Uncapped Liability",
      "Uncapped liability",
      false,
      "\\b(shall|will) not (apply|limit)\\b.{0,150}\\b(indemnif|gross negligence|willful|wilful|confidential)",
      "\\b(limitation|exclusion)s? (of|on) liability\\b.{0,150}\\b(shall not|will not|do not|does not) apply"),
  NO_SOLICIT_OF_EMPLOYEES(
      "No-Solicit of Employees",
      "No solicitation of employees",
      true,
      "\\bsolicit\\w*\\b.{0,150}\\b(employ|hire)",
      "\\b(hire|employ)\\w*\\b.{0,80}\\bemployees? of\\b"),
  NON_DISPARAGEMENT("Non-Disparagement", "Non-disparagement", false, "\\bdisparag"),
  THIRD_PARTY_BENEFICIARY(
      "Third Party Beneficiary", "Third-party beneficiary", false, "\\bthird[- ]party beneficiar"),
  COVENANT_NOT_TO_SUE(
      "Covenant Not to Sue",
      "Covenant not to sue",
      true,
      "\\b(not|never)\\b.{0,60}\\b(sue|challenge|contest)\\b",
      "\\bcovenants? not to (sue|assert)"),
  SOURCE_CODE_ESCROW(
      "Source Code Escrow",
      "Source code escrow",
      false,
      "\\bsource code\\b.{0,150}\\bescrow",
      "\\bescrow\\b.{0,150}\\bsource code"),
  RENEWAL_TERM(
      "Renewal Term",
      "Automatic renewal",
      false,
      "\\bautomatically (be )?(renew|extend)\\w*\\b.{0,60}\\b(for|successive|additional)\\b.{0,40}\\b(periods?|terms?|years?|months?)\\b",
      "\\b(renew|extend)\\w*\\b.{0,60}\\b(successive|additional|further)\\b.{0,40}\\b(periods?|terms?|years?)\\b",
      "\\b(year[- ]to[- ]year|month[- ]to[- ]month)\\b.{0,40}\\b(basis|renew|continue)",
      "\\bcontinue\\b.{0,60}\\b(year[- ]to[- ]year|successive)",
      "\\b(renew|extend)\\w*\\s+(automatically|tacitly)\\b"),
  WARRANTY_DURATION(
      "Warranty Duration",
      "Warranty duration",
      false,
      "\\bwarrant\\w*\\b.{0,150}\\b(period of|for a period|months|days|years) (from|after|following)",
      "\\bwarranty period\\b"),
  IRREVOCABLE_OR_PERPETUAL_LICENSE(
      "Irrevocable or Perpetual License",
      "Irrevocable or perpetual licence",
      true,
      "\\b(perpetual|irrevocable)\\b.{0,120}\\b(licen[cs]e|right to use)",
      "\\blicen[cs]es?\\b.{0,200}\\b(perpetual|irrevocable)\\b",
      "\\bgrants?\\b.{0,100}\\b(perpetual|irrevocable)\\b"),
  NON_TRANSFERABLE_LICENSE(
      "Non-Transferable License",
      "Non-transferable licence",
      false,
      "\\bnon-? ?transferr?able\\b",
      "\\bnon-? ?sub-?licens(e|able)\\b",
      "\\bwithout the right to (grant )?(sub-?licen[cs]e|transfer|assign)",
      "\\b(may|shall|will) not\\b.{0,30}\\bsub-?licen[cs]e\\b.{0,60}\\b(rights?|licen[cs]e)",
      "\\blicen[cs]e\\b.{0,150}\\b(not|no right to)\\b.{0,20}\\b(transfer|assign|sub-?licen)",
      "\\bnot (be )?(transferr?able|sub-?licensable)",
      "\\b(no|not include the|not have the|without any) rights? to (grant )?sub-?licen",
      "\\bnot\\b.{0,40}\\b(include|have)\\b.{0,20}\\bright to (grant )?sub-?licen"),
  ROFR_ROFO_ROFN(
      "Rofr/Rofo/Rofn",
      "Right of first refusal, offer or negotiation",
      false,
      "\\bright of first (refusal|offer|negotiation)",
      "\\bfirst right\\b.{0,40}\\b(refus|negotiat|offer)"),
  MINIMUM_COMMITMENT(
      "Minimum Commitment",
      "Minimum commitment",
      false,
      "\\bminimum\\b.{0,60}\\b(purchase|order|quantit|volume|commitment|royalt|sales|fee)"),
  POST_TERMINATION_SERVICES(
      "Post-Termination Services",
      "Post-termination services",
      false,
      "\\b(after|following|upon)\\b.{0,40}\\b(termination|expiration)\\b.{0,200}\\b(continue|transition|wind|sell off|support)"),
  REVENUE_PROFIT_SHARING(
      "Revenue/Profit Sharing",
      "Revenue or profit sharing",
      false,
      "\\broyalt",
      "\\b(percent|%)\\b.{0,80}\\b(revenue|profit|net sales|gross sales|receipts)",
      "\\b(revenue|profit)s? shar"),
  JOINT_IP_OWNERSHIP(
      "Joint IP Ownership",
      "Joint IP ownership",
      false,
      "\\bjoint(ly)? (own|owned|ownership|inventions?|intellectual)"),
  NO_SOLICIT_OF_CUSTOMERS(
      "No-Solicit of Customers",
      "No solicitation of customers",
      false,
      "\\bsolicit\\w*\\b.{0,120}\\bcustomers?\\b"),
  NOTICE_PERIOD_TO_TERMINATE_RENEWAL(
      "Notice Period to Terminate Renewal",
      "Notice period to stop renewal",
      true,
      "\\b(notice|notif\\w*)\\b.{0,150}\\b(not to renew|non-?renewal|intention not to|prior to the (end|expiration))"),
  VOLUME_RESTRICTION(
      "Volume Restriction",
      "Volume restriction",
      false,
      "\\b(exceed|in excess of)\\b.{0,60}\\b(units|users|copies|volume|quantit)"),
  PRICE_RESTRICTIONS(
      "Price Restrictions",
      "Price restriction",
      false,
      "\\b(may not|shall not|will not) (increase|raise)\\b.{0,60}\\bpric"),
  COMPETITIVE_RESTRICTION_EXCEPTION(
      "Competitive Restriction Exception",
      "Exception to a competition restriction",
      false,
      "\\b(notwithstanding|except|shall not (apply|prevent|restrict|prohibit))\\b.{0,150}\\b(compet|exclusiv|non-compet)"),
  AFFILIATE_LICENSE_LICENSEE(
      "Affiliate License-Licensee",
      "Licence to the licensee's affiliates",
      false,
      "\\blicen[cs]e\\b.{0,150}\\baffiliates\\b"),
  AFFILIATE_LICENSE_LICENSOR(
      "Affiliate License-Licensor",
      "Licence from the licensor's affiliates",
      false,
      "\\baffiliates?\\b.{0,150}\\blicen[cs]"),
  UNLIMITED_ALL_YOU_CAN_EAT_LICENSE(
      "Unlimited/All-You-Can-Eat-License",
      "Unlimited licence",
      false,
      "\\bunlimited\\b.{0,80}\\b(use|users|copies|licen)"),
  EXPIRATION_DATE(
      "Expiration Date",
      "Expiration date",
      true,
      "\\b(term|agreement)\\b.{0,120}\\b(expire|expiration|continue in (full )?(force|effect) until)\\b"),
  EFFECTIVE_DATE(
      "Effective Date",
      "Effective date",
      false,
      "[\"“]effective date[\"”]",
      "\\b(effective|commenc\\w*|begin\\w*|takes? effect)\\b.{0,80}\\b(as of|on|from)\\b.{0,40}\\b(19|20)\\d\\d\\b");

  private final String cuadName;
  private final String label;
  private final boolean shipped;
  private final List<Pattern> patterns;

  ClauseCategory(String cuadName, String label, boolean shipped, String... patterns) {
    this.cuadName = cuadName;
    this.label = label;
    this.shipped = shipped;
    this.patterns =
        java.util.Arrays.stream(patterns)
            .map(
                p ->
                    Pattern.compile(
                        p,
                        Pattern.CASE_INSENSITIVE
                            | Pattern.DOTALL
                            | Pattern.UNICODE_CHARACTER_CLASS))
            .toList();
  }

  /** The category's name in CUAD's files. */
  public String cuadName() {
    return cuadName;
  }

  /** The category in words, for people. */
  public String label() {
    return label;
  }

  /** How the category is found: "model" (trained) or "patterns". */
  public String detector() {
    return ClauseModel.of(this).isPresent() ? "model" : "patterns";
  }

  /** Whether users see this category as a flag (it reached the goal on held-out contracts). */
  public boolean shipped() {
    return shipped;
  }

  /** The first words of the sentence that show the category, if any. */
  public Optional<Span> find(CharSequence sentence) {
    return find(sentence, null);
  }

  /**
   * The words of the sentence that show the category, if any: by the category's trained model where
   * it ships one ({@link ClauseModel}), else by its word patterns. {@code features}: the
   * sentence's, if already worked out (null: worked out here when needed).
   */
  public Optional<Span> find(CharSequence sentence, SentenceFeatures features) {
    Optional<ClauseModel> model = ClauseModel.of(this);
    if (model.isEmpty()) {
      return features == null ? matched(sentence) : patternIn(features);
    }
    SentenceFeatures read = features == null ? SentenceFeatures.of(sentence) : features;
    Optional<Span> decided = model.get().find(sentence, read);
    if (decided.isEmpty()) {
      return decided;
    }
    // The model decides; the words marked are a pattern's where one matches (a phrase people
    // read), else the word or pair that weighed most.
    Optional<Span> words = patternIn(read);
    return words.isPresent() ? words : decided;
  }

  /** The words this category's patterns matched, as the sentence's features recorded them. */
  private Optional<Span> patternIn(SentenceFeatures features) {
    return Optional.ofNullable(features.spanOf(SentenceFeatures.PATTERN + name()));
  }

  /** The first words of the sentence that the category's word patterns match, if any. */
  Optional<Span> matched(CharSequence sentence) {
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(sentence);
      if (m.find()) {
        return Optional.of(new Span(m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * A digest of every category's detector as this release ships it: names, whether shipped, word
   * patterns, the thresholds, the model files, how evidence is marked and how text is split into
   * sentences. Stored flags raised by other detectors are recomputed (V27).
   */
  public static String detectorsVersion() {
    return DetectorsVersion.VALUE;
  }

  private static final class DetectorsVersion {
    static final String VALUE = compute();

    private static String compute() {
      try {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        for (ClauseCategory c : values()) {
          StringBuilder s = new StringBuilder(c.name()).append('\n').append(c.shipped);
          c.patterns.forEach(p -> s.append('\n').append(p.pattern()));
          digest.update(
              s.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          digest.update(ClauseModel.resourceBytes(c.name() + ".tribuo.gz"));
        }
        digest.update(ClauseModel.resourceBytes("thresholds.properties"));
        // how a model's words are marked: other marks are other evidence (and end dismissals)
        digest.update(
            ("evidence: strongest stretch of "
                    + ClauseModel.STRETCH
                    + "\nsentences "
                    + Sentences.RULES)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest.digest());
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public static Optional<ClauseCategory> ofCuadName(String name) {
    for (ClauseCategory c : values()) {
      if (c.cuadName.equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
