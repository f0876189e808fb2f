/**
 * Building blocks every feature uses: money, the clock, the business exception, markings and
 * clearances ({@code Classification}: the highest of several is a page's banner), free text as
 * entities accept it ({@code Text}) and names that must not pass for another ({@code Names}).
 * Depends on no feature.
 */
package org.clausewatch.shared;
