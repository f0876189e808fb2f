package org.clausewatch.alert.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.clausewatch.alert.application.AlertService;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The "Watch" button of a contract's page ({@code ?number=}) and a party's page ({@code ?name=}):
 * the user starts or stops watching what the page is about without retyping its number or name on
 * {@code /alerts/settings}, which lists every watch. One statement per request to know which button
 * to show.
 */
@Named
@RequestScoped
public class WatchToggleBean {

  @Inject
  @Param(name = "number")
  private String contract;

  @Inject
  @Param(name = "name")
  private String party;

  @Inject private AlertService alerts;

  private Optional<Long> watch;

  /** Whether the user watches the page's contract, or else its party. */
  public boolean isWatching() {
    if (watch == null) {
      watch =
          contract != null
              ? alerts.contractWatch(contract)
              : party != null ? alerts.partyWatch(party) : Optional.empty();
    }
    return watch.isPresent();
  }

  public void watch() {
    String number = contract;
    String name = party;
    String[] watched = new String[1];
    if (Actions.attempt(
        () -> {
          if (number != null) {
            watched[0] = alerts.watchContract(number);
          } else {
            alerts.watchParty(name);
            watched[0] = name.strip();
          }
        },
        null)) {
      done(Messages.bundle("alerts.watching", watched[0]));
    }
  }

  public void stopWatching() {
    if (isWatching()) {
      long id = watch.get();
      if (!Actions.attempt(() -> alerts.unwatch(id), null)) {
        return;
      }
    }
    done(Messages.bundle("alerts.unwatched"));
  }

  private void done(String message) {
    Messages.flashInfo(message);
    if (contract != null) {
      Faces.redirect("contracts/view?number=%s", contract.strip());
    } else {
      Faces.redirect("parties/view?name=%s", party.strip());
    }
  }
}
