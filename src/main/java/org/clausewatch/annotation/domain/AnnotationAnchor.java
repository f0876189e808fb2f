package org.clausewatch.annotation.domain;

/**
 * Where an annotation sits in its clause's text (null for an orphaned one): what the clause text
 * needs to mark every annotation, and to tell which page of the list holds it, without reading
 * their bodies and threads.
 */
public record AnnotationAnchor(long id, Integer anchorStart, Integer anchorEnd) {}
