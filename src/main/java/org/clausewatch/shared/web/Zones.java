package org.clausewatch.shared.web;

import java.time.ZoneId;
import java.util.List;

/**
 * The IANA time zones a deadline can be stated in, by name ("Etc/" and legacy aliases left out).
 */
public final class Zones {

  public static final List<String> ALL =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
          .filter(z -> Character.isUpperCase(z.charAt(0)))
          .sorted()
          .collect(
              java.util.stream.Collectors.collectingAndThen(
                  java.util.stream.Collectors.toList(),
                  list -> {
                    list.add(0, "UTC");
                    return List.copyOf(list);
                  }));

  private Zones() {}
}
