package org.clausewatch.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.clausewatch.account.domain.AccountRepository;
import org.clausewatch.account.domain.UserAccount;
import org.clausewatch.shared.security.CallerDirectory;
import org.clausewatch.shared.security.CallerProfile;

/** Roles and clearance of enabled users, read fresh for every request (one statement). */
@ApplicationScoped
public class AccountDirectory implements CallerDirectory {

  @Inject private AccountRepository accounts;

  @Override
  public Optional<CallerProfile> profileOf(String username) {
    return accounts
        .findByUsername(username)
        .filter(UserAccount::enabled)
        .map(a -> new CallerProfile(a.username(), a.roles(), a.clearance()));
  }
}
