package org.clausewatch.shared.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Where the current request comes from, for audit records. Set by the web layer's request filter;
 * the server's own address handling decides what that is behind a proxy (see docs/security.md).
 */
@RequestScoped
public class RequestOrigin {

  private String address;

  public void set(String clientAddress) {
    this.address = clientAddress;
  }

  public String address() {
    return address;
  }

  /** The client address of the current request, or null outside a request. */
  public static String addressOfCurrentRequest() {
    try {
      return CDI.current().select(RequestOrigin.class).get().address();
    } catch (ContextNotActiveException | IllegalStateException e) {
      return null;
    }
  }
}
