/** Web infrastructure every page shares: correlation ids, build information, error handling. */
package org.clausewatch.shared.web;
