package org.clausewatch.restriction.domain;

/** A topic of the catalogue, as pages list it. */
public record TopicView(long id, String name, String description) {}
