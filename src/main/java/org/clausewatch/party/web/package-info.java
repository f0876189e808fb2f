/**
 * The party directory's pages: {@code /parties} (search, paging), {@code /parties/view} (a party
 * and, from the contract feature's section bean, its contracts) and {@code /parties/edit} (register
 * or change a party; contracting officers).
 */
package org.clausewatch.party.web;
