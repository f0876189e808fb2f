package org.clausewatch.deadline.web;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The fields the new and the change form of an obligation share: the party that owes it, what is
 * owed, who follows it up, the clause it comes from and its (first) due date.
 */
public class ObligationFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String owingParty;
  private String description;
  private String responsiblePerson;
  private String sourceClause;
  private LocalDate dueDate;

  public String getOwingParty() {
    return owingParty;
  }

  public void setOwingParty(String owingParty) {
    this.owingParty = owingParty;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getResponsiblePerson() {
    return responsiblePerson;
  }

  public void setResponsiblePerson(String responsiblePerson) {
    this.responsiblePerson = responsiblePerson;
  }

  public String getSourceClause() {
    return sourceClause;
  }

  public void setSourceClause(String sourceClause) {
    this.sourceClause = sourceClause;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }
}
