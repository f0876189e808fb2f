/** Search (issue #12): web layer; see the feature's package-info for the rules. */
package org.clausewatch.search.web;
