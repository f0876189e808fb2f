package org.clausewatch.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clausewatch.account.application.AccountService;
import org.clausewatch.account.application.AccountView;
import org.clausewatch.account.application.NewAccount;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;

/**
 * {@code /admin/users}: find, create and change users. {@code ?q=} searches, {@code ?page=} pages,
 * {@code ?user=} opens one user for editing. Every change goes through {@link AccountService},
 * which allows it to administrators only and records it as a security event.
 */
@Named
@ViewScoped
public class UsersBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 25;

  @Inject private AccountService accounts;

  @Inject @Param private String q;
  @Inject @Param private Integer page;
  @Inject @Param private String user;

  private Page<AccountView> results;
  private AccountView selected;

  private String newUsername;
  private String newDisplayName;
  private String newEmail;
  private String newPassword;
  private Role[] newRoles = {};
  private Classification newClearance = Classification.UNCLASSIFIED;

  private String editDisplayName;
  private String editEmail;
  private Role[] editRoles = {};
  private Classification editClearance;
  private String editReason;
  private long editVersion;
  private String resetPassword;

  @PostConstruct
  void init() {
    reload();
  }

  private void reload() {
    int number = page == null || page < 1 ? 1 : page;
    results = accounts.browse(q, new PageRequest((number - 1) * PAGE_SIZE, PAGE_SIZE));
    if (user != null && !user.isBlank()) {
      select(user.strip());
    }
  }

  /**
   * After an action of a form other than the edit form ({@code status}, {@code reset}): the edit
   * form's fields were not sent, so any that a refused save left marked invalid would show that
   * state (an empty name) instead of the user as now stored.
   */
  private void reloadFromOtherForm() {
    reload();
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().resetValues(faces, List.of("edit"));
  }

  private void select(String username) {
    if (!Actions.attempt(() -> selected = accounts.view(username), null)) {
      selected = null;
      return;
    }
    editDisplayName = selected.displayName();
    editEmail = selected.email();
    editRoles = selected.roles().stream().sorted().toArray(Role[]::new);
    editClearance = selected.clearance();
    editVersion = selected.version();
    resetPassword = null;
  }

  public void create() {
    NewAccount request =
        new NewAccount(
            newUsername, newDisplayName, newEmail, newPassword, roles(newRoles), newClearance);
    newPassword = null;
    if (Actions.attempt(
        () -> accounts.create(request), Messages.bundle("users.created", newUsername))) {
      newUsername = null;
      newDisplayName = null;
      newEmail = null;
      newRoles = new Role[0];
      newClearance = Classification.UNCLASSIFIED;
      reload();
    }
  }

  public void save() {
    String name = selected.username();
    if (Actions.attempt(
        () ->
            accounts.update(
                name,
                editVersion,
                editDisplayName,
                editEmail,
                roles(editRoles),
                editClearance,
                editReason),
        Messages.bundle("users.saved", name))) {
      reload();
    }
  }

  public String getEditReason() {
    return editReason;
  }

  public void setEditReason(String editReason) {
    this.editReason = editReason;
  }

  public void disable() {
    String name = selected.username();
    if (Actions.attempt(() -> accounts.disable(name), Messages.bundle("users.disabled", name))) {
      reloadFromOtherForm();
    }
  }

  public void enable() {
    String name = selected.username();
    if (Actions.attempt(() -> accounts.enable(name), Messages.bundle("users.enabled", name))) {
      reloadFromOtherForm();
    }
  }

  public void unlock() {
    String name = selected.username();
    if (Actions.attempt(() -> accounts.unlock(name), Messages.bundle("users.unlocked", name))) {
      reloadFromOtherForm();
    }
  }

  public void resetPassword() {
    String name = selected.username();
    String password = resetPassword;
    resetPassword = null;
    if (Actions.attempt(
        () -> accounts.resetPassword(name, password),
        Messages.bundle("users.passwordReset", name))) {
      reloadFromOtherForm();
    }
  }

  private static Set<Role> roles(Role[] roles) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    if (roles != null) {
      set.addAll(List.of(roles));
    }
    return set;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public Classification[] getClearances() {
    return Classification.values();
  }

  public Page<AccountView> getResults() {
    return results;
  }

  public int getPageNumber() {
    return page == null || page < 1 ? 1 : page;
  }

  public long getPageCount() {
    return Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public String getQ() {
    return q;
  }

  public AccountView getSelected() {
    return selected;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public Role[] getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(Role[] newRoles) {
    this.newRoles = newRoles;
  }

  public Classification getNewClearance() {
    return newClearance;
  }

  public void setNewClearance(Classification newClearance) {
    this.newClearance = newClearance;
  }

  public String getEditDisplayName() {
    return editDisplayName;
  }

  public void setEditDisplayName(String editDisplayName) {
    this.editDisplayName = editDisplayName;
  }

  public String getEditEmail() {
    return editEmail;
  }

  public void setEditEmail(String editEmail) {
    this.editEmail = editEmail;
  }

  public Role[] getEditRoles() {
    return editRoles;
  }

  public void setEditRoles(Role[] editRoles) {
    this.editRoles = editRoles;
  }

  public Classification getEditClearance() {
    return editClearance;
  }

  public void setEditClearance(Classification editClearance) {
    this.editClearance = editClearance;
  }

  public String getResetPassword() {
    return resetPassword;
  }

  public void setResetPassword(String resetPassword) {
    this.resetPassword = resetPassword;
  }
}
