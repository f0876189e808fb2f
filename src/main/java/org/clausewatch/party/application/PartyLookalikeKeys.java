package org.clausewatch.party.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import org.clausewatch.party.domain.PartyRepository;
import org.jboss.logging.Logger;

/**
 * At start-up, gives the parties written in SQL (demo data, the scale generator, an administrator)
 * what their names look like ({@link PartyRepository#recordLookalikeKey}), so that a new name is
 * compared with theirs too (V36). The application writes it with every name it stores. The parties'
 * versions stay: a form opened on one before still saves.
 */
@Startup
@Singleton
public class PartyLookalikeKeys {

  private static final Logger LOG = Logger.getLogger(PartyLookalikeKeys.class);
  private static final int BATCH = 1_000;

  @Inject private PartyRepository parties;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void atStartup() {
    int filled = fillMissing();
    if (filled > 0) {
      LOG.infof("Recorded what %d party names look like (V36)", filled);
    }
  }

  /**
   * @return how many parties got their name's look-alike key
   */
  public int fillMissing() {
    int filled = 0;
    Map<Long, String> batch;
    do {
      batch = parties.withoutSkeleton(BATCH);
      batch.forEach(parties::recordLookalikeKey);
      filled += batch.size();
    } while (batch.size() == BATCH);
    return filled;
  }
}
