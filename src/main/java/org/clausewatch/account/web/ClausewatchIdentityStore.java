package org.clausewatch.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausewatch.account.application.SignInResult;
import org.clausewatch.account.application.SignInService;

/**
 * Jakarta Security identity store over the users in PostgreSQL. The groups it returns are the
 * user's roles at sign-in; the application services check the current roles on every call.
 */
@ApplicationScoped
public class ClausewatchIdentityStore implements IdentityStore {

  @Inject private SignInService signIn;
  @Inject private SignInFeedback feedback;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInResult result = signIn.signIn(login.getCaller(), login.getPasswordAsString());
    feedback.set(result);
    if (!result.signedIn()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> groups = result.roles().stream().map(Enum::name).collect(Collectors.toSet());
    return new CredentialValidationResult(result.username(), groups);
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE);
  }
}
