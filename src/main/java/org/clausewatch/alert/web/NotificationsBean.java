package org.clausewatch.alert.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.clausewatch.alert.application.AlertService;
import org.clausewatch.alert.domain.NotificationLine;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.clausewatch.shared.web.Slice;
import org.omnifaces.cdi.Param;

/**
 * {@code /alerts/notifications?page=&unread=}: the notification centre. Newest first, 20 a page;
 * mark read, mark all read, acknowledge (stops an ultimatum alert's escalation), open the contract.
 */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private Integer page;
  @Inject @Param private Boolean unread;

  @Inject private AlertService alerts;

  private List<NotificationLine> lines;
  private boolean more;
  private ZoneId zone;

  public void load() {
    Slice<NotificationLine> slice =
        Slice.of(alerts.notifications(isUnreadOnly(), getPage() - 1), AlertService.PAGE_SIZE);
    lines = slice.items();
    more = slice.more();
    zone = alerts.preferences().zone();
  }

  public void markRead(long deliveryId) {
    if (Actions.attempt(() -> alerts.markRead(deliveryId), null)) {
      load();
    }
  }

  public void acknowledge(long deliveryId) {
    if (Actions.attempt(
        () -> alerts.acknowledge(deliveryId), Messages.bundle("alerts.acknowledged"))) {
      load();
    }
  }

  public void markAllRead() {
    int[] count = new int[1];
    if (Actions.attempt(() -> count[0] = alerts.markAllRead(), null)) {
      Messages.flashInfo(Messages.bundle("alerts.allRead", count[0]));
      org.omnifaces.util.Faces.redirect(
          "alerts/notifications%s", isUnreadOnly() ? "?unread=true" : "");
    }
  }

  /** The highest marking of the notifications shown, for the page's banners. */
  public Classification getMarking() {
    return lines == null
        ? null
        : Classification.highest(lines.stream().map(NotificationLine::marking).toList());
  }

  public List<NotificationLine> getLines() {
    return lines;
  }

  public boolean isMore() {
    return more;
  }

  public int getPage() {
    return Slice.pageNumber(page);
  }

  public boolean isUnreadOnly() {
    return Boolean.TRUE.equals(unread);
  }

  public ZoneId getZone() {
    return zone;
  }
}
