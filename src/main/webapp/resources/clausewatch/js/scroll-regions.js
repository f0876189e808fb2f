// A table box with nothing focusable in it (role="region", tabindex="0" in the page) takes a Tab
// stop so that a keyboard can scroll it sideways when its table is wider than the screen (WCAG
// 2.1.1). When the table fits, the box takes none: a stop that does nothing only makes the walk
// through the page longer. Looked at again whenever the window changes size.
(function () {
  function update() {
    Array.prototype.forEach.call(
      document.querySelectorAll(".table-scroll[role='region']"),
      function (box) {
        if (box.scrollWidth > box.clientWidth) {
          box.setAttribute("tabindex", "0");
        } else {
          box.removeAttribute("tabindex");
        }
      }
    );
  }

  window.addEventListener("resize", update);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", update);
  } else {
    update();
  }
})();
