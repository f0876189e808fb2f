package org.clausewatch.shared.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.Allowed;
import org.hibernate.StaleStateException;

/**
 * Writes an application service's changes before the service returns, so that a change someone else
 * committed meanwhile (a version that no longer matches) is found inside the service: it becomes a
 * {@link BusinessException} that says so, the transaction rolls back whole, and the server logs no
 * stack trace for what is an expected outcome of two people editing one record. Bound to every
 * application service through {@link Allowed}, after the access check. Serializable, because form
 * pages' view-scoped beans carry the binding on their view actions too (outside a transaction it
 * does nothing there).
 */
@Allowed
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 20)
public class ConcurrentChangeInterceptor implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String MESSAGE =
      "Someone else changed this record meanwhile; nothing of yours was saved. Reload the page to"
          + " see their change, then make yours again.";

  @PersistenceContext private EntityManager em;

  @AroundInvoke
  public Object flushInside(InvocationContext invocation) throws Exception {
    Object result = invocation.proceed();
    try {
      if (em.isJoinedToTransaction()) {
        em.flush();
      }
    } catch (OptimisticLockException | StaleStateException e) {
      throw new BusinessException(MESSAGE, e);
    } catch (jakarta.persistence.PersistenceException e) {
      if (e.getCause() instanceof StaleStateException) {
        throw new BusinessException(MESSAGE, e);
      }
      throw e;
    }
    return result;
  }
}
