// After the contract list changes page or order without reloading, the address bar shows that
// page's address (the server sends it as the callback parameter listUrl), cursor included, so a
// bookmark or a reload opens the same page, as cheaply as the first.
window.Clausewatch = window.Clausewatch || {};
window.Clausewatch.showListAddress = function (args) {
  if (args && typeof args.listUrl === "string" && args.listUrl.indexOf("/") === 0) {
    window.history.replaceState(null, "", args.listUrl);
  }
};
