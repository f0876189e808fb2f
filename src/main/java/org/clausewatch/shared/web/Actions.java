package org.clausewatch.shared.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.clausewatch.shared.BusinessException;
import org.hibernate.StaleStateException;

/**
 * Runs a backing bean's call to an application service and turns the outcome into a message: a
 * broken rule, a refused action, bad input or a concurrent change says so in words, never as a
 * stack trace, and since the service's transaction rolled back whole, nothing was changed.
 */
public final class Actions {

  private Actions() {}

  /**
   * @return true if the action succeeded (and {@code success}, if not null, was shown)
   */
  public static boolean attempt(Runnable action, String success) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.run();
      if (success != null) {
        Messages.info(success);
      }
      return true;
    } catch (BusinessException e) {
      error(faces, e.getMessage());
    } catch (ConstraintViolationException e) {
      e.getConstraintViolations().forEach(v -> error(faces, v.getMessage()));
    } catch (EJBException e) {
      ConstraintViolationException invalid = causeOf(e, ConstraintViolationException.class);
      if (invalid != null) {
        invalid.getConstraintViolations().forEach(v -> error(faces, v.getMessage()));
      } else if (isConcurrentChange(e)) {
        error(faces, Messages.bundle("action.concurrentChange"));
      } else {
        throw e;
      }
    }
    faces.validationFailed();
    return false;
  }

  /** Refuses what the user asked for with a message, as a broken rule would. */
  public static void refuse(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    error(faces, message);
    faces.validationFailed();
  }

  private static boolean isConcurrentChange(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return true;
      }
    }
    return false;
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static void error(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
