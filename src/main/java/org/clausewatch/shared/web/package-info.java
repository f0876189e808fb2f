/**
 * Web infrastructure every page shares: correlation ids and expected refusals ({@code
 * CorrelationIdFilter}, {@code Refusal}: 400/403 pages without stack traces), security headers on
 * every response ({@code SecurityHeadersFilter}), bounds on every parameter and form field before
 * any work ({@code InputRules}, {@code RequestLimitsFilter}, {@code InputLimits}, {@code
 * DateRange}), state changes only by POST from our own origin ({@code PostOnlyFilter}), record
 * accessors called from pages without a method search per call ({@code RecordAccessors}), the
 * banner marking of pages made of several lists ({@code PageMarkings}) and of exported spreadsheets
 * ({@code Spreadsheets}), what an Ajax answer says to a screen reader and where it puts the focus
 * ({@code AjaxFeedback}), build information and messages. Every page's stylesheets and scripts are
 * declared in {@code WEB-INF/includes/head-resources.xhtml}: PrimeFaces adding them while rendering
 * made every postback replay them (docs/performance.md).
 */
package org.clausewatch.shared.web;
