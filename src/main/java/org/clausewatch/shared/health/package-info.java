/** MicroProfile Health checks: the app is ready only with a reachable, fully migrated database. */
package org.clausewatch.shared.health;
