package org.clausewatch.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What differs between two versions of the same record, in words: {@code title: now "Frontier AI"}.
 * For the message that refuses an edit made from a stale page, so the user sees what someone else
 * changed meanwhile.
 */
public final class RecordChanges {

  private RecordChanges() {}

  /**
   * @return one entry per component whose value differs, with the value in {@code now}; amounts
   *     compare by value (1.0 equals 1.00)
   */
  public static <R extends Record> List<String> between(R before, R now) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(now, "now");
    if (before.getClass() != now.getClass()) {
      throw new IllegalArgumentException("Two versions of one kind of record are compared");
    }
    List<String> changes = new ArrayList<>();
    for (RecordComponent component : before.getClass().getRecordComponents()) {
      Object a = value(component, before);
      Object b = value(component, now);
      if (!same(a, b)) {
        changes.add(component.getName() + ": now " + (b == null ? "empty" : "\"" + b + "\""));
      }
    }
    return changes;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a instanceof String x && b == null) {
      return x.isBlank();
    }
    if (b instanceof String y && a == null) {
      return y.isBlank();
    }
    return Objects.equals(a, b);
  }

  private static Object value(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component.getName(), e);
    }
  }
}
