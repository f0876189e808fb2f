package org.clausewatch.shared.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausewatch.shared.Classification;

/**
 * The user on whose behalf the current request runs, with roles and clearance read once per request
 * from the {@link CallerDirectory}. The clearance filter reads it without querying: it is loaded by
 * {@link AccessControlInterceptor} before any service method runs, and a caller that was never
 * checked sees nothing (fails closed).
 */
@Named("caller")
@RequestScoped
public class CurrentCaller {

  /** Clearance rank that matches no contract. */
  public static final int NO_CLEARANCE = -1;

  @Inject private SecurityContext securityContext;
  @Inject private CallerDirectory directory;

  private String loadedFor;
  private Optional<CallerProfile> profile = Optional.empty();

  /** The signed-in user's name, or empty for an anonymous request. */
  public Optional<String> username() {
    Principal principal = securityContext.getCallerPrincipal();
    return Optional.ofNullable(principal).map(Principal::getName);
  }

  /** The caller's roles and clearance; empty if anonymous, unknown or disabled. */
  public Optional<CallerProfile> profile() {
    String name = username().orElse(null);
    if (name == null) {
      loadedFor = null;
      profile = Optional.empty();
    } else if (!Objects.equals(name, loadedFor)) {
      profile = directory.profileOf(name);
      loadedFor = name;
    }
    return profile;
  }

  /** For pages, which only hide what the services would refuse anyway. */
  public boolean hasRole(Role role) {
    return profile().map(p -> p.roles().contains(role)).orElse(false);
  }

  public boolean hasAnyRole() {
    return profile().map(p -> !p.roles().isEmpty()).orElse(false);
  }

  public String getName() {
    return username().orElse(null);
  }

  public List<Role> getRoles() {
    return profile().map(p -> p.roles().stream().sorted().toList()).orElse(List.of());
  }

  public Classification getClearance() {
    return profile().map(CallerProfile::clearance).orElse(null);
  }

  /** The loaded caller's clearance rank, without querying; {@link #NO_CLEARANCE} if none. */
  int loadedClearanceRank() {
    String name = username().orElse(null);
    if (name == null || !name.equals(loadedFor)) {
      return NO_CLEARANCE;
    }
    return profile.map(p -> p.clearance().ordinal()).orElse(NO_CLEARANCE);
  }

  /**
   * The clearance rank of the caller of the current request, for code that is not a CDI bean (the
   * Hibernate filter). Outside a request, or before any check: {@link #NO_CLEARANCE}.
   */
  public static int clearanceRankOfCurrentRequest() {
    try {
      return CDI.current().select(CurrentCaller.class).get().loadedClearanceRank();
    } catch (ContextNotActiveException | IllegalStateException e) {
      return NO_CLEARANCE;
    }
  }

  /** The current request's user name for audit records, or "system" outside a request. */
  public static String usernameOfCurrentRequest() {
    try {
      return CDI.current().select(CurrentCaller.class).get().username().orElse("anonymous");
    } catch (ContextNotActiveException | IllegalStateException e) {
      return "system";
    }
  }
}
