package org.clausewatch.flag.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.flag.application.FlagService;
import org.clausewatch.flag.domain.FlagView;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The flags section of {@code /contracts/view?number=...}: what needs attention and why, the other
 * flags with their evidence, and legal staff's dismissal with a reason (R4).
 */
@Named
@RequestScoped
public class ContractFlagsBean {

  @Inject @Param private String number;

  @Inject private FlagService flags;

  private List<FlagView> all;
  private final Map<Long, String> reasons = new HashMap<>();
  private Long refused;

  private List<FlagView> all() {
    if (all == null) {
      all = number == null || number.isBlank() ? List.of() : flags.flagsOf(number.strip());
    }
    return all;
  }

  /** Flags that ask for attention and nobody dismissed. */
  public List<FlagView> getAttention() {
    return all().stream().filter(f -> f.attention() && !f.dismissed()).toList();
  }

  /** Every other flag: about the words of clauses, outdated dates, and dismissed ones. */
  public List<FlagView> getOthers() {
    return all().stream().filter(f -> !f.attention() || f.dismissed()).toList();
  }

  /** Whether the last dismissal refused was this flag's (its form stays open). */
  public boolean refused(long id) {
    return refused != null && refused == id;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  /** Legal staff: dismiss a flag, saying why; then the page again. */
  public void dismiss(long id, long version) {
    String reason = reasons.getOrDefault(id, "");
    if (reason == null || reason.isBlank()) {
      refused = id;
      Actions.refuse(Messages.bundle("flag.dismiss.reasonRequired"));
      return;
    }
    refused = id;
    if (Actions.attempt(() -> flags.dismiss(id, version, reason), null)) {
      Messages.flashInfo(Messages.bundle("flag.dismissed"));
      Faces.redirect("contracts/view?number=%s#flags", number.strip());
    }
  }
}
