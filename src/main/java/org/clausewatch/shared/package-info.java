/**
 * Building blocks every feature uses: money, the clock, the business exception. Depends on no
 * feature.
 */
package org.clausewatch.shared;
