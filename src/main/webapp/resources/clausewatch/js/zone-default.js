// A zone picker marked data-browser-zone starts at the viewer's own time zone, as the browser
// reports it, unless the form already holds another choice (a refused form keeps what was chosen).
(function () {
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  document.querySelectorAll("select[data-browser-zone]").forEach(function (select) {
    if (select.value === "UTC" && zone && select.querySelector('option[value="' + zone + '"]')) {
      select.value = zone;
    }
  });
})();
