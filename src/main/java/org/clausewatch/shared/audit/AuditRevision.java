package org.clausewatch.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited change set (Hibernate Envers revision): when (UTC), by whom, from which client
 * address (NIST SP 800-53 AU-3). Rows are append-only (V6 trigger).
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
  @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 1)
  @RevisionNumber
  @Column(name = "rev")
  private long id;

  /** Milliseconds since the epoch (UTC); Envers' validity strategy needs a numeric stamp. */
  @RevisionTimestamp
  @Column(name = "revtstmp", nullable = false)
  private long timestamp;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "client_address", length = 64)
  private String clientAddress;

  public long id() {
    return id;
  }

  public Instant timestamp() {
    return Instant.ofEpochMilli(timestamp);
  }

  public String username() {
    return username;
  }

  public String clientAddress() {
    return clientAddress;
  }

  void attribute(String username, String clientAddress) {
    this.username = username;
    this.clientAddress = clientAddress;
  }
}
