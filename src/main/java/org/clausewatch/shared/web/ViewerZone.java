package org.clausewatch.shared.web;

import java.time.ZoneId;

/**
 * The time zone the signed-in viewer reads times in: their "Show times in" setting, kept by the
 * alert feature, which provides the bean. {@link Formats#recorded} falls back to UTC where no
 * implementation is deployed.
 */
public interface ViewerZone {

  /** The viewer's zone; UTC for an anonymous request or a user who chose none. */
  ZoneId zone();
}
