/** Transaction boundary for contracts: registering and browsing. */
package org.clausewatch.contract.application;
