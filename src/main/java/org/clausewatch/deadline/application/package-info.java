/** Transaction boundary for deadlines and obligations. */
package org.clausewatch.deadline.application;
