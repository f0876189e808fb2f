package org.clausewatch.flag.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.flag.domain.ClauseCategory;
import org.clausewatch.flag.domain.FlagRule;

/** The flags a user can filter the contract list by: the situation rules and shipped categories. */
@Named
@ApplicationScoped
public class FlagOptions {

  /** A rule's name as it travels in the URL, and its message key. */
  public record Option(String value, String labelKey) {}

  private final List<Option> options;

  public FlagOptions() {
    List<Option> list = new ArrayList<>();
    for (FlagRule rule : FlagRule.values()) {
      list.add(new Option(rule.name(), "flag.rule." + rule.name()));
    }
    for (ClauseCategory category : ClauseCategory.values()) {
      if (category.shipped()) {
        list.add(
            new Option(FlagRule.textRule(category), "flag.rule." + FlagRule.textRule(category)));
      }
    }
    options = List.copyOf(list);
  }

  public List<Option> getOptions() {
    return options;
  }
}
