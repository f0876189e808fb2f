package org.clausewatch.contract.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.shared.Classification;

/**
 * {@code #{contractMarking.of(number)}}: the marking of the contract a page is about, which the
 * layout shows as banners at the top and the bottom of the page (a page passes it as {@code
 * pageMarking}). One statement per contract and request; null for no contract, or one the user may
 * not see (that page answers 404 anyway).
 */
@Named
@RequestScoped
public class ContractMarking {

  @Inject private ContractService contracts;

  private final Map<String, Classification> known = new HashMap<>();

  public Classification of(String number) {
    if (number == null || number.isBlank()) {
      return null;
    }
    return known.computeIfAbsent(number.strip(), n -> contracts.markingOf(n).orElse(null));
  }
}
