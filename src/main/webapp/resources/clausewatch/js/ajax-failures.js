// When an Ajax request gets no answer (the server cannot be reached, or a proxy answers 502),
// PrimeFaces only logs it and the click seems to do nothing: the page stays as it is, input
// included, and says that nothing was saved. (A request after the session ended is answered by the
// sign-in page with a redirect, SignInBean.leaveAjax.) Parts of the page that changed before
// sending (a paginator already on the next page) can be put right by reloading the page at its
// address, which is only ever updated after an answer (list-address.js).
(function () {
  if (!window.jQuery) {
    return;
  }
  function notice() {
    return document.getElementById("ajax-failed");
  }
  jQuery(document).on("pfAjaxError", function (event, xhr) {
    if (xhr && xhr.statusText === "abort") {
      return; // cancelled on purpose (PrimeFaces' queue), not a failure
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
  jQuery(document).on("pfAjaxSuccess", function () {
    var shown = notice();
    if (shown) {
      shown.hidden = true;
    }
  });
})();
