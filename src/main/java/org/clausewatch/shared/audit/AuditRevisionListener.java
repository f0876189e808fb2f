package org.clausewatch.shared.audit;

import org.clausewatch.shared.security.CurrentCaller;
import org.clausewatch.shared.security.RequestOrigin;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user and the client address of the request. */
public class AuditRevisionListener implements RevisionListener {

  @Override
  public void newRevision(Object revisionEntity) {
    ((AuditRevision) revisionEntity)
        .attribute(
            CurrentCaller.usernameOfCurrentRequest(), RequestOrigin.addressOfCurrentRequest());
  }
}
