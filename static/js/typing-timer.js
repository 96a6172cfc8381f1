/*
 * Typing test: the clock starts with the first key, and shows while you type (progressive
 * enhancement). The page's script only reports when the first key came, in seconds after
 * the page opened; the server bounds that by the time it issued the page and decides the
 * result. Without JavaScript the clock runs from the page's issue time, as before.
 */
(function () {
  "use strict";

  var box = document.querySelector(".typing-box");
  var field = document.querySelector("input[name=first_key]");
  var timer = document.getElementById("typing-timer");
  if (!box || !field || !timer) {
    return;
  }
  var clock = timer.querySelector("[data-typing-clock]");
  var note = timer.querySelector("[data-typing-note]");
  var opened = performance.now();
  var started = null;
  timer.hidden = false;

  function show() {
    var seconds = Math.floor((performance.now() - started) / 1000);
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    clock.textContent = m + ":" + (s < 10 ? "0" : "") + s;
  }

  function start() {
    if (started !== null) {
      return;
    }
    started = performance.now();
    field.value = ((started - opened) / 1000).toFixed(2);
    note.textContent = "running";
    setInterval(show, 1000);
  }

  box.addEventListener("keydown", start);
  box.addEventListener("input", start);  // phone keyboards may send input without keydown
})();
