package org.clausewatch.alert.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.clausewatch.alert.domain.AlertLadder;
import org.clausewatch.shared.web.Messages;

/**
 * {@code #{defaultLadders.hint}}: what the new-deadline form says about its alert steps field,
 * naming the default steps from {@link AlertLadder} itself, so that the hint cannot drift from
 * them.
 */
@Named
@ApplicationScoped
public class DefaultLadders {

  public String getHint() {
    return Messages.bundle(
        "deadline.alertSteps.hint",
        AlertLadder.ultimatumDefault().format(),
        AlertLadder.otherKindsDefault().format());
  }
}
