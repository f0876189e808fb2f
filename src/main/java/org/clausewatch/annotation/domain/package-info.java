/** Annotation feature, domain layer. */
package org.clausewatch.annotation.domain;
