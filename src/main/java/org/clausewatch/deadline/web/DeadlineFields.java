package org.clausewatch.deadline.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The fields the new and the change form of a deadline share: its title, who set it, who must act,
 * what is demanded, when it was issued and the consequences threatened, one per line in order.
 */
public class DeadlineFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String issuer;
  private String responsible;
  private String demandedAction;
  private LocalDateTime issuedAt;
  private String consequences;

  /** The consequences as typed, one per line (blank lines are left to the service to ignore). */
  public List<String> consequenceList() {
    return consequences == null ? List.of() : Arrays.asList(consequences.split("\\R"));
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getResponsible() {
    return responsible;
  }

  public void setResponsible(String responsible) {
    this.responsible = responsible;
  }

  public String getDemandedAction() {
    return demandedAction;
  }

  public void setDemandedAction(String demandedAction) {
    this.demandedAction = demandedAction;
  }

  public LocalDateTime getIssuedAt() {
    return issuedAt;
  }

  public void setIssuedAt(LocalDateTime issuedAt) {
    this.issuedAt = issuedAt;
  }

  public String getConsequences() {
    return consequences;
  }

  public void setConsequences(String consequences) {
    this.consequences = consequences;
  }
}
