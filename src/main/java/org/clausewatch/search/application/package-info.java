/** Search (issue #12): application layer; see the feature's package-info for the rules. */
package org.clausewatch.search.application;
