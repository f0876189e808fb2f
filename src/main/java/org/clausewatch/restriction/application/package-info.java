/** Transaction boundary for usage restrictions. */
package org.clausewatch.restriction.application;
