package org.clausewatch.shared.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.jboss.logging.Logger;

/**
 * Runs Flyway while Hibernate builds the session factory, on the persistence unit's own datasource.
 * Hibernate calls integrators before it validates the schema, so {@code
 * hibernate.hbm2ddl.auto=validate} always sees a migrated database; a failed migration fails the
 * deployment instead of serving on a wrong schema.
 */
public class FlywayMigrationIntegrator implements Integrator {

  private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class);

  /** The tables' owner's datasource (deploy/wildfly/configure.cli). */
  static final String OWNER_DATASOURCE = "java:jboss/datasources/ClausewatchMigrationDS";

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource = ownerDataSource();
    if (dataSource == null) {
      LOG.warnf(
          "No %s: migrating with the application's own datasource. Run configure.cli so that"
              + " the application's role and the tables' owner are apart (docs/security.md).",
          OWNER_DATASOURCE);
      dataSource =
          sessionFactory
              .getServiceRegistry()
              .requireService(ConnectionProvider.class)
              .unwrap(DataSource.class);
    }
    boolean demo = DatabaseMigrations.demoDataEnabled();
    MigrateResult result = DatabaseMigrations.forDataSource(dataSource, demo).migrate();
    LOG.infof(
        "Database schema at version %s: %d migration(s) applied%s",
        result.targetSchemaVersion == null
            ? result.initialSchemaVersion
            : result.targetSchemaVersion,
        result.migrationsExecuted,
        demo ? " (demo data enabled)" : "");
  }

  /** The datasource of the tables' owner, for migrations; null if the server has none. */
  private static DataSource ownerDataSource() {
    try {
      return (DataSource) new javax.naming.InitialContext().lookup(OWNER_DATASOURCE);
    } catch (javax.naming.NamingException e) {
      return null;
    }
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to undo: migrations stay applied
  }
}
