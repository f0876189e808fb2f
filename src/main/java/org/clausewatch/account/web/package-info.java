/**
 * The sign-in form and its Jakarta Security identity store, sign-out, and the administrator pages
 * for users and security events.
 */
package org.clausewatch.account.web;
