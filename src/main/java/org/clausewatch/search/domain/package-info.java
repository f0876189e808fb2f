/** Search (issue #12): domain layer; see the feature's package-info for the rules. */
package org.clausewatch.search.domain;
