package org.clausewatch.search.domain;

/** What a search finds: each kind is a table with its own stored text-search vector (V22). */
public enum SearchKind {
  CONTRACT,
  CLAUSE,
  RESTRICTION,
  POSITION,
  ANNOTATION,
  DEADLINE
}
