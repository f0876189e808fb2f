package org.clausewatch.alert.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clausewatch.alert.application.OutboxService;
import org.clausewatch.alert.domain.OutboxLine;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.clausewatch.shared.web.Slice;
import org.omnifaces.cdi.Param;

/**
 * {@code /admin/outbox?page=&all=}: alert e-mails waiting or failed (or all), with the last error;
 * administrators retry a failed one. In demo mode it is also where to read what was sent.
 */
@Named
@ViewScoped
public class OutboxBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private Integer page;
  @Inject @Param private Boolean all;

  @Inject private OutboxService outbox;

  private List<OutboxLine> lines;
  private boolean more;

  public void load() {
    Slice<OutboxLine> slice =
        Slice.of(outbox.outbox(!isAll(), getPage() - 1), OutboxService.PAGE_SIZE);
    lines = slice.items();
    more = slice.more();
  }

  public void retry(long deliveryId) {
    if (Actions.attempt(() -> outbox.retry(deliveryId), Messages.bundle("outbox.retried"))) {
      load();
    }
  }

  public List<OutboxLine> getLines() {
    return lines;
  }

  public boolean isMore() {
    return more;
  }

  public int getPage() {
    return Slice.pageNumber(page);
  }

  public boolean isAll() {
    return Boolean.TRUE.equals(all);
  }
}
