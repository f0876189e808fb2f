/** {@code /contracts/history?number=...}. */
package org.clausewatch.history.web;
