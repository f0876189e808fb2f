package org.clausewatch.contract.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a contract number (R1): 3 to 50 capital letters, digits and dashes, starting with a
 * letter or digit. Numbers are stored in capitals, so one typed in any case finds its contract.
 */
public final class ContractNumber {

  private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,49}");

  private ContractNumber() {}

  /**
   * A number as someone typed it, in the form numbers are stored in: trimmed and in capitals
   * ("hq0034-24-c-0200 " is HQ0034-24-C-0200), unchecked; "" for none. {@link
   * Contract#normalizeNumber} also checks the form.
   */
  public static String asStored(String typed) {
    return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
  }

  /** Whether {@code stored} (see {@link #asStored}) has the form of a contract number. */
  public static boolean hasForm(String stored) {
    return FORM.matcher(stored).matches();
  }
}
