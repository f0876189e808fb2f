/** Transaction boundary for parties. */
package org.clausewatch.party.application;
