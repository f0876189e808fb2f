package org.clausewatch.annotation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.clausewatch.annotation.domain.AnnotationAnchor;
import org.junit.jupiter.api.Test;

class AnnotatedClauseTest {

  private static AnnotatedClause clauseWith(int annotations, int page) {
    List<AnnotationAnchor> anchors =
        LongStream.rangeClosed(1, annotations)
            .mapToObj(id -> new AnnotationAnchor(100 + id, (int) id, (int) id + 1))
            .toList();
    return new AnnotatedClause(
        1, "C-1", "H-1", "text", 0, false, "P00001", anchors, List.of(), page, 20);
  }

  @Test
  void everyAnnotationIsOnThePageThatListsItInTextOrder() {
    AnnotatedClause clause = clauseWith(45, 1);

    assertThat(clause.pages()).isEqualTo(3);
    assertThat(clause.pageOf(101)).isEqualTo(1);
    assertThat(clause.pageOf(120)).isEqualTo(1);
    assertThat(clause.pageOf(121)).isEqualTo(2);
    assertThat(clause.pageOf(145)).isEqualTo(3);
    assertThat(clause.pageByAnnotation()).hasSize(45).containsEntry(140L, 2).containsEntry(141L, 3);
  }

  @Test
  void anAnnotationTheClauseDoesNotHaveIsOnNoPage() {
    assertThat(clauseWith(3, 1).pageOf(999)).isZero();
    assertThat(clauseWith(0, 1).pageByAnnotation()).isEmpty();
    assertThat(clauseWith(0, 1).pages()).as("the empty list is one page").isEqualTo(1);
  }
}
