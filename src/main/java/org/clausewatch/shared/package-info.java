/**
 * Building blocks every feature uses: money, the clock, the business exception, markings and
 * clearances ({@code Classification}: the highest of several is a page's banner). Depends on no
 * feature.
 */
package org.clausewatch.shared;
