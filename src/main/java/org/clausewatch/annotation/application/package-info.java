/** Annotation feature, application layer. */
package org.clausewatch.annotation.application;
