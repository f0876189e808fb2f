/* Live countdowns and the viewer's own time zone for deadlines. No inline script: CSP-friendly. */
(function () {
  "use strict";

  function pad(n) { return n < 10 ? "0" + n : "" + n; }

  function remaining(ms) {
    var overdue = ms < 0;
    var s = Math.floor(Math.abs(ms) / 1000);
    var d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600);
    var m = Math.floor((s % 3600) / 60), sec = s % 60;
    var text = (d > 0 ? d + " d " : "") + h + " h " + pad(m) + " min " + pad(sec) + " s";
    return overdue ? "overdue by " + text : text + " left";
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll(".countdown[data-due]").forEach(function (el) {
      var due = Date.parse(el.getAttribute("data-due"));
      if (!isNaN(due)) {
        el.textContent = remaining(due - now);
        el.classList.toggle("overdue", due < now);
      }
    });
  }

  function localTimes() {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    var format = new Intl.DateTimeFormat("en-US", {
      weekday: "short", day: "numeric", month: "short", year: "numeric",
      hour: "2-digit", minute: "2-digit", hour12: false, timeZoneName: "short"
    });
    document.querySelectorAll(".local-time[data-instant]").forEach(function (el) {
      var t = Date.parse(el.getAttribute("data-instant"));
      if (!isNaN(t)) {
        el.textContent = "Your time: " + format.format(new Date(t)) + " (" + zone + ")";
      }
    });
  }

  localTimes();
  tick();
  window.setInterval(tick, 1000);
})();
