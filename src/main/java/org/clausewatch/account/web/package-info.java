/**
 * The sign-in form and its Jakarta Security identity store (signing in leads back to the page that
 * asked for it, {@code ReturnAddress}), sign-out, and the administrator pages for users and
 * security events.
 */
package org.clausewatch.account.web;
