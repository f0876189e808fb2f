// A form field (the cw:field tag) tells assistive technology what belongs to its input: its hint
// and, after a refused save, the message beside it (aria-describedby), and that the input was
// refused (aria-invalid). After a refused save the first refused input has the focus, so that a
// keyboard or screen-reader user starts at the field to correct and hears why.
(function () {
  function controlsOf(labelled) {
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(labelled.tagName)) {
      return [labelled];
    }
    return Array.prototype.slice.call(labelled.querySelectorAll("input, select, textarea"));
  }

  function describe(root) {
    var firstRefused = null;
    Array.prototype.forEach.call(root.querySelectorAll(".field > label[for]"), function (label) {
      var labelled = document.getElementById(label.htmlFor);
      if (!labelled) {
        return;
      }
      var hint = document.getElementById(labelled.id + "-hint");
      var message = document.getElementById(labelled.id + "-message");
      var refused = !!message && message.textContent.trim() !== "";
      var ids = [];
      if (refused) {
        ids.push(message.id);
      }
      if (hint) {
        ids.push(hint.id);
      }
      controlsOf(labelled).forEach(function (control) {
        if (ids.length > 0) {
          control.setAttribute("aria-describedby", ids.join(" "));
        } else {
          control.removeAttribute("aria-describedby");
        }
        if (refused) {
          control.setAttribute("aria-invalid", "true");
          firstRefused = firstRefused || control;
        } else {
          control.removeAttribute("aria-invalid");
        }
      });
    });
    return firstRefused;
  }

  var first = describe(document);
  if (first) {
    first.focus();
  }
  if (window.jQuery) {
    // Parts of a form that an Ajax answer replaced (a list of changes, a field checked at once).
    jQuery(document).on("pfAjaxComplete", function () {
      describe(document);
    });
  }
})();
