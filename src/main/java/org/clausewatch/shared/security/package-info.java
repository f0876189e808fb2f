/**
 * The one mechanism for who may do and see what. Application services declare {@link
 * org.clausewatch.shared.security.Allowed} roles, checked by {@link
 * org.clausewatch.shared.security.AccessControlInterceptor}; entities carrying a classification
 * declare the {@value org.clausewatch.shared.security.ClearanceParameter#FILTER} Hibernate filter,
 * fed by {@link org.clausewatch.shared.security.CurrentCaller}. Form pages put the same annotation
 * on their view action, so a page that could never be saved answers "Not allowed" before it looks
 * anything up. Users, sign-in and security events live in the {@code account} feature, behind
 * {@link org.clausewatch.shared.security.CallerDirectory} and {@link
 * org.clausewatch.shared.security.SecurityEvents}.
 */
package org.clausewatch.shared.security;
