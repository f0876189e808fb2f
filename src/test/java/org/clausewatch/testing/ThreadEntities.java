package org.clausewatch.testing;

import java.io.Serializable;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Counts the entities Hibernate loads and writes on the thread that asked for a count, and no
 * other, as {@link ThreadStatements} does for statements: Hibernate's statistics count for the
 * whole server, jobs included. Test deployments register it as the persistence unit's interceptor
 * ({@link Deployments#withTests}); {@link StatementCount} reads it. It overrides the four methods
 * Hibernate ORM 6.6 calls for the entities of a session (onLoad, onPersist, onFlushDirty and
 * onRemove, with an Object id: the only ones its callers in hibernate-core 6.6.40's bytecode name);
 * the older variants are defaults these would otherwise delegate to.
 */
public final class ThreadEntities implements Interceptor, Serializable {

  private static final long serialVersionUID = 1L;
  private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();
  private static final int LOADED = 0;
  private static final int WRITTEN = 1;

  private static boolean count(int what) {
    long[] count = COUNT.get();
    if (count != null) {
      count[what]++;
    }
    return false;
  }

  @Override
  public boolean onLoad(
      Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
    return count(LOADED);
  }

  @Override
  public boolean onPersist(
      Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
    return count(WRITTEN);
  }

  @Override
  public boolean onFlushDirty(
      Object entity,
      Object id,
      Object[] currentState,
      Object[] previousState,
      String[] propertyNames,
      Type[] types) {
    return count(WRITTEN);
  }

  @Override
  public void onRemove(
      Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
    count(WRITTEN);
  }

  static long[] start() {
    long[] count = new long[2];
    COUNT.set(count);
    return count;
  }

  static long loaded(long[] count) {
    return count[LOADED];
  }

  static long written(long[] count) {
    return count[WRITTEN];
  }

  static void stop() {
    COUNT.remove();
  }
}
