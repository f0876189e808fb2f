package org.clausewatch.party.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clausewatch.party.application.PartyLine;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;
import org.omnifaces.cdi.Param;

/** {@code /parties?q=...&page=...}: the party directory, searched and paged in the database. */
@Named
@RequestScoped
public class PartiesBean {

  static final int PAGE_SIZE = 25;

  @Inject @Param private String q;
  @Inject @Param private String page;

  @Inject private PartyService parties;

  private Page<PartyLine> result;
  private int pageNumber;

  /** View action: a page number that is not a number, or beyond the last page, shows page 1. */
  public void load() {
    pageNumber = parsePage(page);
    String text = q == null ? null : q.strip();
    result = parties.directory(text, new PageRequest((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE));
    if (result.items().isEmpty() && pageNumber > 1) {
      pageNumber = 1;
      result = parties.directory(text, PageRequest.first(PAGE_SIZE));
    }
  }

  static int parsePage(String value) {
    if (value == null || !value.matches("[1-9][0-9]{0,5}")) {
      return 1;
    }
    return Integer.parseInt(value);
  }

  public Page<PartyLine> getResult() {
    return result;
  }

  public String getQ() {
    return q;
  }

  public int getPage() {
    return pageNumber;
  }

  public long getPages() {
    return Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }
}
