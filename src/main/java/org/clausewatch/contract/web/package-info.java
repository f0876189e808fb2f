/** Pages for contracting officers: the home overview and the contract list. */
package org.clausewatch.contract.web;
