// When an Ajax request gets no answer (the server cannot be reached, or a proxy answers 502),
// PrimeFaces only logs it and the click seems to do nothing: the page stays as it is, input
// included, and says that nothing was saved. (A request after the session ended is answered by the
// sign-in page with a redirect, SignInFromAjaxFilter.) A table's paginator moves to the page or
// the rows per page asked for, answered or not; after a failure it is put back to what its rows
// show, so that "next" asks for the right page again. Anything else can be put right by
// reloading the page at its address, which is only ever updated after an answer (list-address.js).
(function () {
  if (!window.jQuery || !window.PrimeFaces) {
    return;
  }
  function notice() {
    return document.getElementById("ajax-failed");
  }
  function paginators() {
    var found = [];
    jQuery.each(PrimeFaces.widgets, function (name, widget) {
      if (widget && widget.paginator && widget.paginator.cfg) {
        found.push(widget.paginator);
      }
    });
    return found;
  }
  // Each paginator keeps the state its rows were last answered with: PrimeFaces changes a
  // paginator's page and rows per page before it asks (a rows-per-page choice) or when the
  // request completes (a page turn), answered or not.
  function state(paginator) {
    var cfg = paginator.cfg;
    return { page: cfg.page, rows: cfg.rows, pageCount: cfg.pageCount, rpp: cfg.rpp };
  }
  function recordAnswered() {
    paginators().forEach(function (paginator) {
      paginator.clausewatchAnswered = state(paginator);
    });
  }
  function putBack(paginator) {
    var answered = paginator.clausewatchAnswered;
    var cfg = paginator.cfg;
    if (!answered || (cfg.page === answered.page && cfg.rows === answered.rows)) {
      return;
    }
    cfg.page = answered.page;
    cfg.rows = answered.rows;
    cfg.pageCount = answered.pageCount;
    cfg.rpp = answered.rpp;
    if (paginator.rppSelect) {
      var shown = String(answered.rpp || answered.rows);
      paginator.rppSelect.val(shown);
      paginator.rppSelect.find("option").each(function () {
        jQuery(this).prop("selected", this.value === shown).attr("selected", this.value === shown);
      });
    }
    paginator.updateUI();
  }
  jQuery(recordAnswered);
  // PrimeFaces passes the request's settings to each event (on a failure, pfAjaxComplete gets the
  // error in place of the request): whether one request failed is kept on them.
  jQuery(document).on("pfAjaxError", function (event, xhr, settings) {
    if (xhr && xhr.statusText === "abort") {
      return; // cancelled on purpose (PrimeFaces' queue), not a failure
    }
    if (settings) {
      settings.clausewatchFailed = true;
    }
    var shown = notice();
    var reload = document.getElementById("ajax-failed-reload");
    if (reload) {
      reload.href = window.location.href;
    }
    if (shown) {
      shown.hidden = false;
      shown.focus();
    }
  });
  jQuery(document).on("pfAjaxComplete", function (event, xhr, settings) {
    if (settings && settings.clausewatchFailed) {
      paginators().forEach(putBack);
    } else {
      recordAnswered();
    }
  });
  jQuery(document).on("pfAjaxSuccess", function () {
    ["ajax-failed", "ajax-error"].forEach(function (id) {
      var shown = document.getElementById(id);
      if (shown) {
        shown.hidden = true;
      }
    });
  });
  // An answer that reports a server error (Faces' <error> in a partial response, or a failed
  // Faces Ajax request) reaches PrimeFaces' error handling, which would leave the page for
  // web.xml's error page: those lie under /WEB-INF and answer 404. The layout's global
  // p:ajaxExceptionHandler calls this instead: the page stays, input included, and says so.
  window.Clausewatch = window.Clausewatch || {};
  window.Clausewatch.ajaxError = function () {
    var shown = document.getElementById("ajax-error");
    var reload = document.getElementById("ajax-error-reload");
    if (reload) {
      reload.href = window.location.href;
    }
    if (shown) {
      shown.hidden = false;
      shown.focus();
    }
  };
})();
