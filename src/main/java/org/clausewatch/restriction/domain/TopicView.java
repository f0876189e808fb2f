package org.clausewatch.restriction.domain;

/** A topic of the catalogue, as pages list it; its version for a form that changes it. */
public record TopicView(long id, long version, String name, String description) {}
