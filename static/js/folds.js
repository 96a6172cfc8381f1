/*
 * Folded parts of long pages (<details>): a link to one (a search result, the table of
 * contents) opens it, and printing prints everything (folded parts open before printing and
 * close again after). Browsers that support it unfold for print from the print style sheet
 * alone; this covers the others. Without JavaScript the parts open with a tap.
 */
(function () {
  "use strict";

  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) {
      return;
    }
    var fold = target.matches("details") ? target : target.querySelector("details.fold");
    for (var el = fold || target; el; el = el.parentElement) {
      if (el.matches("details")) {
        el.open = true;
      }
    }
  }
  openTarget();
  window.addEventListener("hashchange", openTarget);

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
