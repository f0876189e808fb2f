/** The usage restriction form ({@code /restrictions/edit}). */
package org.clausewatch.restriction.web;
