package org.clausewatch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Work done in a transaction that another thread holds open until told to commit: what a second
 * caller meets while the first has not committed (a lock it waits for, a row it cannot see yet).
 */
public final class HeldTransaction<T> {

  private final CountDownLatch done = new CountDownLatch(1);
  private final CountDownLatch commit = new CountDownLatch(1);
  private final Future<T> result;

  private HeldTransaction(ExecutorService executor, UserTransaction transaction, Callable<T> work) {
    result =
        executor.submit(
            () -> {
              transaction.begin();
              try {
                T value = work.call();
                done.countDown();
                assertThat(commit.await(30, TimeUnit.SECONDS)).as("told to commit").isTrue();
                transaction.commit();
                return value;
              } catch (Exception | Error e) {
                transaction.rollback();
                throw e;
              }
            });
  }

  /** Starts {@code work} in a new transaction on {@code executor} and waits until it is done. */
  public static <T> HeldTransaction<T> done(
      ExecutorService executor, UserTransaction transaction, Callable<T> work)
      throws InterruptedException {
    HeldTransaction<T> held = new HeldTransaction<>(executor, transaction, work);
    assertThat(held.done.await(30, TimeUnit.SECONDS))
        .as("the work is done, its transaction still open")
        .isTrue();
    return held;
  }

  /** Commits the transaction and returns what the work returned. */
  public T commit() throws Exception {
    commit.countDown();
    return result.get(30, TimeUnit.SECONDS);
  }
}
