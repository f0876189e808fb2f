package org.clausewatch.alert.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.clausewatch.alert.application.NotificationsArrived;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Tells the open pages of users with new notifications over the {@code alerts} web socket ({@code
 * o:socket} in the layout); the page then reloads its header badge through Ajax, so what it shows
 * always comes from the database.
 */
@ApplicationScoped
public class AlertPush {

  @Inject
  @Push(channel = "alerts")
  private PushContext alerts;

  void on(@Observes NotificationsArrived arrived) {
    alerts.send("new", arrived.usernames());
  }
}
