/*
 * Printing a page prints everything: folded parts (<details>) open before printing and close
 * again after. Browsers that support it do this from the print style sheet alone; this is for
 * the others.
 */
(function () {
  "use strict";

  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (details) {
      details.open = true;
      opened.push(details);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) {
      details.open = false;
    });
    opened = [];
  });
})();
