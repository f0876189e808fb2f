package org.clausewatch.account.application;

import java.util.Set;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.security.Role;

/** What an administrator enters to create a user. */
public record NewAccount(
    String username,
    String displayName,
    String email,
    String password,
    Set<Role> roles,
    Classification clearance) {}
