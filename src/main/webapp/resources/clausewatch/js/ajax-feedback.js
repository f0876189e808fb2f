// After an Ajax answer replaced part of a page, the server may say what happened, for the page's
// status region (#page-status: a screen reader announces it without the focus moving), and where
// the focus goes, since the button that had it may have been replaced (shared.web.AjaxFeedback).
(function () {
  if (!window.jQuery) {
    return;
  }
  jQuery(document).on("pfAjaxComplete", function (event, xhr, settings, args) {
    if (!args) {
      return;
    }
    var status = document.getElementById("page-status");
    if (status && typeof args.status === "string") {
      status.textContent = args.status;
    }
    if (typeof args.focus === "string") {
      var target = document.getElementById(args.focus);
      if (target) {
        target.focus();
      }
    }
  });
})();
