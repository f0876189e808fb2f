/** Deadlines and obligations on the contract page and the overview. */
package org.clausewatch.deadline.web;
