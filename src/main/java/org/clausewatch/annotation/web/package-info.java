/** Annotation feature, web layer. */
package org.clausewatch.annotation.web;
