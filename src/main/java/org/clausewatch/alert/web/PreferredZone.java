package org.clausewatch.alert.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.clausewatch.alert.application.AlertService;
import org.clausewatch.shared.security.CurrentCaller;
import org.clausewatch.shared.web.ViewerZone;

/**
 * The signed-in user's "Show times in" setting, read once a request and only when a page shows a
 * recorded time. Nobody signed in, or a user without a role (who may not read their settings): UTC,
 * without asking the service (which would record a refusal).
 */
@RequestScoped
public class PreferredZone implements ViewerZone {

  @Inject private AlertService alerts;
  @Inject private CurrentCaller caller;

  private ZoneId zone;

  @Override
  public ZoneId zone() {
    if (zone == null) {
      zone = caller.hasAnyRole() ? alerts.preferences().zone() : ZoneOffset.UTC;
    }
    return zone;
  }
}
