package org.clausewatch.shared;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names that pick one thing out of a list (a party, a topic, a person): one line, in NFC, and never
 * made to look like another name. Unicode's security mechanisms (UTS #39, UAX #31, through ICU's
 * {@link SpoofChecker} and character properties) decide what would deceive:
 *
 * <ul>
 *   <li>an invisible character inside the name (a default-ignorable code point: a zero-width space,
 *       a direction override, a Hangul filler, a tag), except a joiner where a script needs it (UAX
 *       #31: a zero-width non-joiner between joining letters or after a virama, a zero-width joiner
 *       after a virama) and an emoji's variation selector;
 *   <li>a word that mixes scripts beyond what one language writes together (UTS #39's highly
 *       restrictive level per word: "Αnthropic" with a Greek capital alpha, but not 東京タワー);
 *   <li>digits of two number systems in one word, one mark repeated on a letter, and a character
 *       with no agreed look (private use, unassigned).
 * </ul>
 *
 * <p>Letters of one script that look like another's whole word (a Cyrillic "рау" beside a Latin
 * "pay") deceive only beside that other name: {@link #skeleton} gives what a name looks like, and
 * {@link #lookalikeKey} a key of it to compare with the names stored (parties: {@code
 * PartyService}; topics: {@code RestrictionService}).
 */
public final class Names {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** The checker finds a repeated mark only among decomposed characters. */
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private static final SpoofChecker CHECKER =
      new SpoofChecker.Builder()
          .setChecks(
              SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS | SpoofChecker.INVISIBLE)
          .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
          .build();

  private static final int ZWNJ = 0x200C;
  private static final int ZWJ = 0x200D;
  private static final int VIRAMA = 9;

  private Names() {}

  /**
   * The name as stored: trimmed like any {@link Text}, in NFC.
   *
   * @param what how a message names the field, e.g. "A party's name"
   * @throws BusinessException with {@code message} if blank or longer than {@code max}; with a
   *     message that starts with {@code what} and says what to change if the name could deceive
   */
  public static String checked(String value, int max, String message, String what) {
    String name = NFC.normalize(Text.required(value, Integer.MAX_VALUE, message));
    if (name.length() > max) {
      throw new BusinessException(message);
    }
    Optional<String> problem = problem(name);
    if (problem.isPresent()) {
      throw new BusinessException(what + " " + problem.get());
    }
    return name;
  }

  /**
   * What the name looks like: its UTS #39 skeleton, equal for two names that a reader could take
   * for each other ("xAI" in Latin, "хАІ" in Cyrillic and "xAl" with a small L; full-width
   * "Ｐａｌａｎｔｉｒ" and "Palantir"; "rn" and "m"). Letter case is kept: "XAI" and "xai" look different,
   * and a case-insensitive comparison of the names themselves catches those.
   */
  public static String skeleton(String name) {
    return CHECKER.getSkeleton(NFC.normalize(name.strip()));
  }

  /**
   * The {@link #skeleton}'s SHA-256 in hexadecimal: what is stored and indexed to find names that
   * look alike. A skeleton may be far longer than its name (one Arabic ligature, U+FDFA, reads as a
   * phrase of 18 letters), too long for an index entry; the key is always 64 characters.
   */
  public static String lookalikeKey(String name) {
    return Sha256.hex(skeleton(name));
  }

  /**
   * What would make {@code name} deceive, as words that follow the field's name ("cannot hold
   * ..."), or empty when nothing would.
   */
  public static Optional<String> problem(String name) {
    int[] points = NFC.normalize(name).codePoints().toArray();
    for (int i = 0; i < points.length; i++) {
      int c = points[i];
      if (c == '\n' || c == '\r' || c == '\t' || Character.getType(c) == Character.CONTROL) {
        return Optional.of(
            "is one line: it cannot hold a line break, a tab or a control character.");
      }
      int type = UCharacter.getType(c); // ICU's Unicode, newer than the JDK's
      if (type == UCharacterCategory.PRIVATE_USE || type == UCharacterCategory.UNASSIGNED) {
        return Optional.of(
            "cannot hold the character "
                + String.format(Locale.ROOT, "U+%04X", c)
                + ": it has no agreed look (private use or unassigned), so it could show as"
                + " anything.");
      }
      if (UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
          && !allowedInvisible(points, i)) {
        return Optional.of(
            "cannot hold the invisible character "
                + codePoint(c)
                + ": with it, the name would look like another.");
      }
    }
    for (String word : name.strip().split("[\\s\\p{Z}]+")) {
      SpoofChecker.CheckResult result = new SpoofChecker.CheckResult();
      if (!word.isEmpty() && CHECKER.failsChecks(NFD.normalize(word), result)) {
        if ((result.checks & SpoofChecker.RESTRICTION_LEVEL) != 0) {
          return Optional.of(
              "mixes "
                  + String.join(" and ", scripts(word))
                  + " letters in \""
                  + word
                  + "\": "
                  + odd(word)
                  + " makes it look like a word it is not. Write each word in one script.");
        }
        if ((result.checks & SpoofChecker.MIXED_NUMBERS) != 0) {
          return Optional.of(
              "mixes digits of different number systems in \"" + word + "\". Use one kind.");
        }
        return Optional.of("repeats a mark on one letter in \"" + word + "\". Type it once.");
      }
    }
    return Optional.empty();
  }

  /**
   * A joiner where its script needs it (UAX #31, A1, A2 and B), a joiner between two emoji, or a
   * variation selector after an emoji.
   */
  private static boolean allowedInvisible(int[] points, int i) {
    int c = points[i];
    boolean afterVirama = i > 0 && UCharacter.getCombiningClass(points[i - 1]) == VIRAMA;
    if (c == ZWJ) {
      return afterVirama
          || (i > 0
              && i + 1 < points.length
              && emoji(points[i - 1])
              && emoji(points[i + 1])); // one emoji made of several, like a family
    }
    if (c == ZWNJ) {
      return afterVirama || (joins(points, i, -1) && joins(points, i, +1));
    }
    if (c == 0xFE0E || c == 0xFE0F) {
      return i > 0 && emoji(points[i - 1]);
    }
    return false;
  }

  private static boolean emoji(int c) {
    return UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC);
  }

  /**
   * Whether the letter before ({@code step} -1) or after (+1) position {@code i}, skipping marks
   * that do not join, joins towards it.
   */
  private static boolean joins(int[] points, int i, int step) {
    for (int j = i + step; j >= 0 && j < points.length; j += step) {
      int type = UCharacter.getIntPropertyValue(points[j], UProperty.JOINING_TYPE);
      if (type == UCharacter.JoiningType.TRANSPARENT) {
        continue;
      }
      return type == UCharacter.JoiningType.DUAL_JOINING
          || type
              == (step < 0
                  ? UCharacter.JoiningType.LEFT_JOINING
                  : UCharacter.JoiningType.RIGHT_JOINING);
    }
    return false;
  }

  /** The scripts of a word's letters, in order of appearance ("Greek", "Latin"). */
  private static Set<String> scripts(String word) {
    Set<String> names = new LinkedHashSet<>();
    word.codePoints()
        .map(UScript::getScript)
        .filter(Names::isScript)
        .forEach(s -> names.add(UScript.getName(s)));
    return names;
  }

  /**
   * The first letter of the script the word has fewest letters of, the one a reader does not see:
   * "the Cyrillic U+0430 (cyrillic small letter a)".
   */
  private static String odd(String word) {
    Map<Integer, Integer> letters = new LinkedHashMap<>();
    word.codePoints()
        .map(UScript::getScript)
        .filter(Names::isScript)
        .forEach(script -> letters.merge(script, 1, Integer::sum));
    if (letters.isEmpty()) {
      return "a letter of another script";
    }
    int fewest = letters.entrySet().stream().min(Map.Entry.comparingByValue()).get().getKey();
    int letter =
        word.codePoints().filter(c -> UScript.getScript(c) == fewest).findFirst().orElse(0);
    return "the " + UScript.getName(fewest) + " " + codePoint(letter);
  }

  private static boolean isScript(int script) {
    return script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN;
  }

  /** "U+200B (zero width space)". */
  private static String codePoint(int c) {
    String name = UCharacter.getName(c);
    return String.format(Locale.ROOT, "U+%04X", c)
        + (name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")");
  }
}
