package org.clausewatch.shared.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.clausewatch.shared.persistence.LookalikeKeys;
import org.jboss.logging.Logger;

/**
 * At start-up, gives the rows written in SQL (demo data, the scale generator, an administrator)
 * what their names look like, in every {@link LookalikeKeys.Column} a feature produces (parties,
 * topics), so that a new name is compared with theirs too.
 */
@Startup
@Singleton
public class LookalikeKeysAtStartup {

  private static final Logger LOG = Logger.getLogger(LookalikeKeysAtStartup.class);
  private static final int BATCH = 1_000;

  @Inject private LookalikeKeys keys;
  @Inject private Instance<LookalikeKeys.Column> columns;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void atStartup() {
    for (LookalikeKeys.Column column : columns) {
      int filled = fillMissing(column);
      if (filled > 0) {
        LOG.infof("Recorded what %d names of %s look like", filled, column.table());
      }
    }
  }

  /**
   * @return how many rows of the table got their name's look-alike key
   */
  public int fillMissing(LookalikeKeys.Column column) {
    int filled = 0;
    int batch;
    do {
      batch = keys.fillMissing(column, BATCH);
      filled += batch;
    } while (batch == BATCH);
    return filled;
  }
}
