/**
 * Developer tools that never ship in the WAR: the run launcher ({@code mvn -Prun}) and the embedded
 * PostgreSQL it shares with the integration tests, the generators and benchmarks, and the clause
 * detectors' training and evaluation on CUAD ({@code CuadLabels} reads the lawyers' labels).
 */
package org.clausewatch.tools;
