/** The usage restrictions section of the contract page. */
package org.clausewatch.restriction.web;
