package org.clausewatch.testing;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.List;

/**
 * Test only: after a postback's view is restored, answers with the number of components Mojarra
 * replayed as added after the view was built ("dynamic actions", header {@value #HEADER}), so a
 * test can see them pile up. Mojarra's own class, read by reflection: it is not part of the API.
 */
public class DynamicActionsHeader implements PhaseListener {

  private static final long serialVersionUID = 1L;

  public static final String HEADER = "X-Test-Dynamic-Actions";

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.isPostback()) {
      return;
    }
    try {
      Class<?> stateContext =
          Class.forName(
              "com.sun.faces.context.StateContext",
              true,
              Thread.currentThread().getContextClassLoader());
      Object state =
          stateContext.getMethod("getStateContext", FacesContext.class).invoke(null, context);
      List<?> actions = (List<?>) stateContext.getMethod("getDynamicActions").invoke(state);
      context
          .getExternalContext()
          .setResponseHeader(HEADER, String.valueOf(actions == null ? 0 : actions.size()));
    } catch (ReflectiveOperationException e) {
      context.getExternalContext().setResponseHeader(HEADER, "unreadable: " + e);
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // only after
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }
}
