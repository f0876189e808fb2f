package org.clausewatch.alert.application;

import java.util.Set;

/** CDI event: these users have new in-app notifications (their open pages update live). */
public record NotificationsArrived(Set<String> usernames) {}
