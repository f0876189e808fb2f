package org.clausewatch.alert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.clausewatch.shared.Classification;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Alert settings from the environment (MicroProfile Config: {@code CLAUSEWATCH_ALERTS_...} or
 * system properties {@code clausewatch.alerts....}); README "Configuration" lists them.
 */
@ApplicationScoped
public class AlertSettings {

  /** How long an ultimatum alert may stay unacknowledged before every cleared manager is told. */
  @Inject
  @ConfigProperty(name = "clausewatch.alerts.escalate-after", defaultValue = "PT30M")
  Duration escalateAfter;

  /**
   * The highest marking whose title and details an e-mail may carry; above it a mail says only that
   * an item needs attention, with the link.
   */
  @Inject
  @ConfigProperty(name = "clausewatch.alerts.mail-detail-up-to", defaultValue = "CUI")
  Classification mailDetailUpTo;

  /** The address links in e-mails and calendar entries point to. */
  @Inject
  @ConfigProperty(name = "clausewatch.base-url", defaultValue = "http://localhost:8080/clausewatch")
  String baseUrl;

  @Inject
  @ConfigProperty(
      name = "clausewatch.alerts.from",
      defaultValue = "Clausewatch <clausewatch@localhost>")
  String from;

  /** Off only where something else drives the scheduler (tests that move the clock). */
  @Inject
  @ConfigProperty(name = "clausewatch.alerts.scheduler", defaultValue = "true")
  boolean schedulerEnabled;

  public Duration escalateAfter() {
    return escalateAfter;
  }

  public Classification mailDetailUpTo() {
    return mailDetailUpTo;
  }

  public String baseUrl() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public String from() {
    return from;
  }

  public boolean schedulerEnabled() {
    return schedulerEnabled;
  }
}
