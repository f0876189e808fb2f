// When an Ajax request gets no answer (the server cannot be reached, or a proxy answers 502),
// PrimeFaces only logs it and the click seems to do nothing: the page stays as it is, input
// included, and says that nothing was saved. (A request after the session ended is answered by the
// sign-in page with a redirect, SignInFromAjaxFilter.) A table's paginator moves to the page asked
// for when the request completes, answered or not; after a failure it is put back on the page its
// rows show, so that "next" asks for the right page again. Anything else can be put right by
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
  // PrimeFaces passes the request's settings to each event (on a failure, pfAjaxComplete gets the
  // error in place of the request): the state of one request is kept on them.
  jQuery(document).on("pfAjaxSend", function (event, xhr, settings) {
    if (settings) {
      settings.clausewatchPages = paginators().map(function (paginator) {
        return { paginator: paginator, page: paginator.cfg.page, rows: paginator.cfg.rows,
          pageCount: paginator.cfg.pageCount, rpp: paginator.cfg.rpp };
      });
    }
  });
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
    if (!settings || !settings.clausewatchFailed || !settings.clausewatchPages) {
      return;
    }
    settings.clausewatchPages.forEach(function (before) {
      var cfg = before.paginator.cfg;
      if (cfg.page !== before.page || cfg.rows !== before.rows) {
        cfg.page = before.page;
        cfg.rows = before.rows;
        cfg.pageCount = before.pageCount;
        cfg.rpp = before.rpp;
        if (before.paginator.rppSelect) {
          before.paginator.rppSelect.val(String(before.rpp || before.rows));
        }
        before.paginator.updateUI();
      }
    });
  });
  jQuery(document).on("pfAjaxSuccess", function () {
    var shown = notice();
    if (shown) {
      shown.hidden = true;
    }
  });
})();
