package org.clausewatch.clause.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.application.LibraryEntry;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /clauses/library}: the FAR 52 / DFARS 252 library, searched by number, title and words and
 * paged in the database; {@code ?number=...} shows one clause, which an officer or legal staff add
 * to a contract ({@code &contract=...} fills the contract in).
 */
@Named
@ViewScoped
public class LibraryBean implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 25;

  @Inject @Param private String q;
  @Inject @Param private String page;
  @Inject @Param private String number;

  @Inject
  @Param(name = "contract")
  private String contractParam;

  @Inject private ClauseService clauses;

  private transient Page<LibraryEntry> result;
  private LibraryEntry clause;
  private int pageNumber;
  private boolean loaded;

  private String contract;
  private YearMonth cited;
  private ClauseCategory category = ClauseCategory.OTHER;

  /** View action: an unknown library number is a 404. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    contract = contractParam == null ? null : contractParam.strip();
    if (number != null && !number.isBlank()) {
      clause = clauses.libraryEntry(number.strip()).orElse(null);
      if (clause == null) {
        Faces.responseSendError(404, "No library clause " + number);
      }
      return;
    }
    pageNumber = page == null || !page.matches("[1-9][0-9]{0,4}") ? 1 : Integer.parseInt(page);
    String text = q == null || q.isBlank() ? null : q.strip();
    result = clauses.library(text, new PageRequest((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE));
    if (result.items().isEmpty() && pageNumber > 1) {
      pageNumber = 1;
      result = clauses.library(text, PageRequest.first(PAGE_SIZE));
    }
  }

  public void addToContract() {
    String typed = contract == null ? "" : contract;
    String n = clause.number();
    String[] addedTo = new String[1];
    if (Actions.attempt(
        () -> addedTo[0] = clauses.addFromLibrary(typed, n, cited, category), null)) {
      String c = addedTo[0];
      Messages.flashInfo(Messages.bundle("clause.added", n, c));
      Faces.redirect("contracts/view?number=%s", c);
    }
  }

  public boolean isSearching() {
    return clause == null;
  }

  public Page<LibraryEntry> getResult() {
    return result;
  }

  public LibraryEntry getClause() {
    return clause;
  }

  public String[] getParagraphs() {
    return clause == null ? new String[0] : clause.text().split("\n\n");
  }

  public String getQ() {
    return q;
  }

  public int getPage() {
    return pageNumber;
  }

  public long getPages() {
    return result == null ? 1 : Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public ClauseCategory[] getCategories() {
    return ClauseCategory.values();
  }

  public String getContract() {
    return contract;
  }

  public void setContract(String contract) {
    this.contract = contract;
  }

  public YearMonth getCited() {
    return cited;
  }

  public void setCited(YearMonth cited) {
    this.cited = cited;
  }

  public ClauseCategory getCategory() {
    return category;
  }

  public void setCategory(ClauseCategory category) {
    this.category = category;
  }
}
