package org.clausewatch.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.clausewatch.shared.Names;

/**
 * The {@code name_lookalike_key} columns (V36 parties, V37 topics): what a row's name looks like
 * ({@link Names#lookalikeKey}), indexed, so that a name a reader could take for a stored one is
 * found. The application writes the key with every name it stores; this fills it in for rows
 * written in SQL, and serialises the storing of look-alike names.
 */
@ApplicationScoped
public class LookalikeKeys {

  private static final Pattern TABLE = Pattern.compile("[a-z_]+");

  /**
   * A table with a {@code name} and a {@code name_lookalike_key} column, and the space of its
   * advisory locks (two-part keys, apart from the one-part keys of the flag job).
   */
  public record Column(String table, int lockSpace) {
    public Column {
      if (!TABLE.matcher(Objects.requireNonNull(table)).matches()) {
        throw new IllegalArgumentException("Not a table name: " + table);
      }
    }
  }

  @PersistenceContext private EntityManager em;

  /**
   * Until the transaction ends, makes any other transaction that stores a name looking like {@code
   * name} in that table wait here; it then finds this one's name if it was stored. So two
   * look-alike names stored at the same moment cannot both pass the check (the key's index cannot
   * be unique: names stored before the key may already look alike). Locks the key's first 32 bits.
   */
  public void lock(Column column, String name) {
    int key = Integer.parseUnsignedInt(Names.lookalikeKey(name).substring(0, 8), 16);
    em.createNativeQuery("select count(pg_advisory_xact_lock(?1, ?2))")
        .setParameter(1, column.lockSpace())
        .setParameter(2, key)
        .getSingleResult();
  }

  /**
   * Records the key of up to {@code max} rows written in SQL without one, leaving their versions as
   * they are (the key is derived from the name, so a form opened on the row before still saves).
   *
   * @return how many rows got their key
   */
  public int fillMissing(Column column, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, name from "
                    + column.table()
                    + " where name_lookalike_key is null order by id limit ?1")
            .setParameter(1, max)
            .getResultList();
    for (Object[] row : rows) {
      em.createNativeQuery(
              "update "
                  + column.table()
                  + " set name_lookalike_key = ?1 where id = ?2 and name_lookalike_key is null")
          .setParameter(1, Names.lookalikeKey((String) row[1]))
          .setParameter(2, ((Number) row[0]).longValue())
          .executeUpdate();
    }
    return rows.size();
  }
}
