// Describes where the keyboard focus is and how it looks, for Keyboard.java. A PrimeFaces widget
// keeps its real input visually hidden (1 px, clipped) and shows the focus on the widget around it
// (the class ui-state-focus), so the look is that of the widget when the input is hidden. The focus
// is visible when the look differs from the look once the focus has moved on.
var mode = arguments[0];
var remembered = arguments[1];
if (mode === "start") {
  // The walk starts at the top of the page, wherever the page put the focus (a field it focuses
  // on loading): the browser's next Tab goes on from the element last focused, so focus one placed
  // first, outside the order of Tab stops.
  var start = document.createElement("span");
  start.tabIndex = -1;
  document.body.insertBefore(start, document.body.firstChild);
  start.focus();
  window.scrollTo(0, 0);
  // Styles are read right after the focus moves: show each one's end, not a transition's start.
  var still = document.createElement("style");
  still.id = "keyboard-walk-still";
  still.textContent = "*, *::before, *::after { transition: none !important;"
      + " animation: none !important; }";
  document.head.appendChild(still);
  return null;
}
function visual(element) {
  var box = element.getBoundingClientRect();
  if (box.width > 2 && box.height > 2) {
    return element;
  }
  var widget = element.closest(
      ".ui-chkbox, .ui-radiobutton, .ui-selectonemenu, .ui-selectcheckboxmenu, .ui-inputswitch,"
      + " .ui-selectbooleanbutton, .ui-togglebutton, .ui-autocomplete, .ui-datepicker,"
      + " .ui-fileupload, .ui-splitbutton, .ui-selectmanybutton, .ui-selectonebutton");
  return widget || element;
}
function look(element) {
  var parts = [];
  [element].concat(Array.prototype.slice.call(element.querySelectorAll("*"), 0, 6))
    .forEach(function (e) {
      var s = getComputedStyle(e);
      parts.push([s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor,
        s.borderTopColor, s.borderBottomColor, s.borderTopWidth, s.textDecorationLine, s.color]
        .join(" "));
    });
  return parts.join(" / ");
}
function name(element) {
  var text = (element.getAttribute("aria-label") || element.value || element.textContent || "")
    .replace(/\s+/g, " ").trim().substring(0, 40);
  return element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
    + (text ? " \"" + text + "\"" : "");
}
if (mode === "again") {
  // the look of the element focused before, now that the focus has moved on
  return remembered ? look(visual(remembered)) : null;
}
var active = document.activeElement;
if (!active || active === document.body || active === document.documentElement) {
  return { element: null };
}
var shown = visual(active);
var box = shown.getBoundingClientRect();
// how many Tab stops the browser makes inside the element (the parts of a date or a time)
// in Chromium (and its calendar button)
var parts = { date: 4, time: 4, "datetime-local": 7, month: 3, week: 3 }[active.type] || 1;
return {
  element: active,
  parts: active.tagName === "INPUT" ? parts : 1,
  name: name(active),
  look: look(shown),
  // where it is on the page (not in the window), for the order of the stops
  box: [box.top + window.scrollY, box.left + window.scrollX, box.bottom + window.scrollY,
    box.right + window.scrollX],
  // laid over the page (a "skip" link once it has the focus): no place in the reading order
  overlay: (function () {
    for (var e = shown; e && e !== document.body; e = e.parentElement) {
      var position = getComputedStyle(e).position;
      if (position === "absolute" || position === "fixed") {
        return true;
      }
    }
    return false;
  })(),
  // seen: some size, not hidden, and not placed where no scrolling reaches (left of or above the
  // page, as a "skip" link is until it has the focus)
  onScreen: box.width > 0 && box.height > 0
      && getComputedStyle(shown).visibility !== "hidden"
      && box.right + window.scrollX > 0 && box.bottom + window.scrollY > 0
};
