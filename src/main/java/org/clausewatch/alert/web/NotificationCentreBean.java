package org.clausewatch.alert.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clausewatch.alert.application.AlertService;

/** The header's notification badge: the signed-in user's unread count, read once per request. */
@Named
@RequestScoped
public class NotificationCentreBean {

  @Inject private AlertService alerts;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = alerts.unreadCount();
    }
    return unread;
  }
}
