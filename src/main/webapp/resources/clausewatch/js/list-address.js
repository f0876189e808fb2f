// After the contract list changes page or order without reloading, the address bar shows that
// page's address (the server sends it as the callback parameter listUrl), cursor included, so a
// bookmark or a reload opens the same page, as cheaply as the first. The banners at the top and
// the bottom take the highest marking of the rows now shown (listMarking, listMarkingLabel).
window.Clausewatch = window.Clausewatch || {};
window.Clausewatch.showListAddress = function (args) {
  if (args && typeof args.listUrl === "string" && args.listUrl.indexOf("/") === 0) {
    window.history.replaceState(null, "", args.listUrl);
  }
  if (args && typeof args.listMarking === "string" && /^[A-Z_]+$/.test(args.listMarking)) {
    ["banner-top", "banner-bottom"].forEach(function (id) {
      var banner = document.getElementById(id);
      if (banner) {
        banner.className = banner.className.replace(/\bmarking-[A-Z_]+\b/, "marking-" + args.listMarking);
        banner.textContent = args.listMarkingLabel;
      }
    });
  }
};
