package org.clausewatch.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in with our own page ({@code /login}). Unauthenticated requests for protected pages go
 * there by redirect, with the page they asked for ({@link SignInAddress}, evaluated per request),
 * and signing in leads back there ({@link SignInBean}). Which URLs are protected is in web.xml.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(
            loginPage = "#{signInAddress.loginPage}",
            errorPage = "",
            useForwardToLogin = false))
public class SecurityConfiguration {}
