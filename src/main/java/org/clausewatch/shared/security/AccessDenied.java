package org.clausewatch.shared.security;

import jakarta.ejb.ApplicationException;
import org.clausewatch.shared.BusinessException;

/** The caller may not do what they asked; nothing was changed. */
@ApplicationException(rollback = true)
public class AccessDenied extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccessDenied(String message) {
    super(message);
  }
}
