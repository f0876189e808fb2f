package org.clausewatch.contract.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractSortField;
import org.clausewatch.contract.domain.ListAnchor;
import org.clausewatch.shared.SortDirection;
import org.junit.jupiter.api.Test;

class ListAnchorsTest {

  private static final List<ListAnchor> THREE =
      List.of(new ListAnchor("b", "N-3"), new ListAnchor("d", "N-6"), new ListAnchor("f", "N-9"));

  private final ListAnchors anchors = new ListAnchors();
  private final AtomicInteger computed = new AtomicInteger();

  private List<ListAnchor> computing(List<ListAnchor> result) {
    computed.incrementAndGet();
    return result;
  }

  private static ContractQuery byTitle(SortDirection direction) {
    return ContractQuery.builder().sort(ContractSortField.TITLE, direction).build();
  }

  @Test
  void aPageInsideTheFirstBlockStartsAtTheListsFirstRow() {
    assertThat(ListAnchors.start(THREE, 2, 3)).isEqualTo(new ListAnchors.Start(null, 2, false));
  }

  @Test
  void aDeeperPageStartsAfterTheLastAnchorBeforeIt() {
    assertThat(ListAnchors.start(THREE, 3, 3))
        .as("row 4 (offset 3) is the first after the anchor at row 3")
        .isEqualTo(new ListAnchors.Start(THREE.get(0), 0, false));
    assertThat(ListAnchors.start(THREE, 7, 3))
        .isEqualTo(new ListAnchors.Start(THREE.get(1), 1, false));
    assertThat(ListAnchors.start(THREE, 11, 3))
        .as("after the last anchor: the rows of a list of 10 or 11")
        .isEqualTo(new ListAnchors.Start(THREE.get(2), 2, false));
  }

  @Test
  void aPagePastTheLastBlockHasNoRows() {
    assertThat(ListAnchors.start(THREE, 12, 3).pastTheEnd()).isTrue();
    assertThat(ListAnchors.start(List.of(), 3, 3).pastTheEnd()).isTrue();
  }

  @Test
  void anchorsAreKeptPerSortDirectionAndClearanceWhileTheListHasNotChanged() {
    ContractQuery ascending = byTitle(SortDirection.ASCENDING);
    assertThat(anchors.of(ascending, 2, 7, () -> computing(THREE))).isEqualTo(THREE);
    assertThat(anchors.of(ascending, 2, 7, () -> computing(List.of()))).isEqualTo(THREE);
    assertThat(computed).hasValue(1);

    assertThat(anchors.of(byTitle(SortDirection.DESCENDING), 2, 7, () -> computing(List.of())))
        .as("the other direction has its own anchors")
        .isEmpty();
    assertThat(anchors.of(ascending, 1, 7, () -> computing(List.of())))
        .as("a lower clearance never reads anchors placed among rows it cannot see")
        .isEmpty();
    assertThat(anchors.of(ascending, 2, 8, () -> computing(List.of())))
        .as("a change to the list places them again")
        .isEmpty();
    assertThat(computed).hasValue(4);
  }

  @Test
  void requestsArrivingWhileTheAnchorsAreComputedWaitForThemInsteadOfComputingAgain()
      throws Exception {
    ContractQuery query = byTitle(SortDirection.ASCENDING);
    CountDownLatch computing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<List<ListAnchor>> answers = new CopyOnWriteArrayList<>();
    Thread first =
        new Thread(
            () ->
                answers.add(
                    anchors.of(
                        query,
                        2,
                        7,
                        () -> {
                          computing.countDown();
                          await(release);
                          return computing(THREE);
                        })));
    first.start();
    assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
    List<Thread> others = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Thread other =
          new Thread(() -> answers.add(anchors.of(query, 2, 7, () -> computing(List.of()))));
      other.start();
      others.add(other);
    }
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (others.stream().anyMatch(t -> t.getState() != Thread.State.WAITING)
        && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    assertThat(others)
        .as("all seven wait for the first")
        .allMatch(t -> t.getState() == Thread.State.WAITING);
    release.countDown();
    first.join(10_000);
    for (Thread other : others) {
      other.join(10_000);
    }
    assertThat(answers).hasSize(8).allSatisfy(answer -> assertThat(answer).isEqualTo(THREE));
    assertThat(computed).hasValue(1);
  }

  @Test
  void aFailedComputationIsForgottenSoTheNextRequestTriesAgain() {
    ContractQuery query = byTitle(SortDirection.ASCENDING);
    assertThatThrownBy(
            () ->
                anchors.of(
                    query,
                    2,
                    7,
                    () -> {
                      throw new IllegalStateException("database gone");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("database gone");
    assertThat(anchors.of(query, 2, 7, () -> computing(THREE))).isEqualTo(THREE);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
