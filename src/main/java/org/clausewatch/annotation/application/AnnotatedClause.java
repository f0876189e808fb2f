package org.clausewatch.annotation.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.annotation.domain.AnnotationAnchor;
import org.clausewatch.annotation.domain.AnnotationView;

/**
 * A clause's text with its annotations, as the clause page shows them: where every annotation sits
 * ({@code anchors}, in text order, to mark them all in the text) and one page of them with their
 * threads ({@code annotations}, page {@code page} of {@link #pages()}, {@code pageSize} each).
 */
public record AnnotatedClause(
    long clauseId,
    String contractNumber,
    String number,
    String text,
    long version,
    boolean removed,
    String nextModificationNumber,
    List<AnnotationAnchor> anchors,
    List<AnnotationView> annotations,
    int page,
    int pageSize) {

  public AnnotatedClause {
    anchors = List.copyOf(anchors);
    annotations = List.copyOf(annotations);
  }

  /** How many annotations the clause has (the caller may see). */
  public int total() {
    return anchors.size();
  }

  /** How many pages the list has: at least one, the empty one. */
  public int pages() {
    return pages(total(), pageSize);
  }

  /** The 1-based position of this page's first annotation in the whole list (0 if none). */
  public int first() {
    return annotations.isEmpty() ? 0 : (page - 1) * pageSize + 1;
  }

  /** The 1-based position of this page's last annotation in the whole list (0 if none). */
  public int last() {
    return annotations.isEmpty() ? 0 : first() + annotations.size() - 1;
  }

  /** The page that lists the annotation, or 0 if the clause has no such annotation. */
  public int pageOf(long annotationId) {
    return pageByAnnotation().getOrDefault(annotationId, 0);
  }

  /** For every annotation of the clause, the page that lists it. */
  public Map<Long, Integer> pageByAnnotation() {
    Map<Long, Integer> pages = new HashMap<>();
    for (int i = 0; i < anchors.size(); i++) {
      pages.put(anchors.get(i).id(), i / pageSize + 1);
    }
    return pages;
  }

  static int indexOf(List<AnnotationAnchor> anchors, long annotationId) {
    for (int i = 0; i < anchors.size(); i++) {
      if (anchors.get(i).id() == annotationId) {
        return i;
      }
    }
    return -1;
  }

  static int pages(int total, int pageSize) {
    return Math.max(1, (total + pageSize - 1) / pageSize);
  }
}
