package org.clausewatch.account.web;

import jakarta.enterprise.context.RequestScoped;
import org.clausewatch.account.application.SignInResult;

/** Carries the reason of a refused sign-in from the identity store to the sign-in form. */
@RequestScoped
public class SignInFeedback {

  private SignInResult result;

  void set(SignInResult result) {
    this.result = result;
  }

  SignInResult result() {
    return result;
  }
}
