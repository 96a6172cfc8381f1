/*
 * Optional answer timer for interview practice: progressive enhancement only.
 * The page works without it; with JavaScript, the hidden [data-practice-timer] box becomes a
 * countdown with Start/Pause and Reset buttons. Time running out only announces itself: it
 * never submits or locks the answer.
 */
(function () {
  "use strict";

  var box = document.querySelector("[data-practice-timer]");
  if (!box) {
    return;
  }
  var total = parseInt(box.getAttribute("data-practice-timer"), 10) || 120;
  var left = total;
  var ticking = null;

  function format(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function make(tag, className, text) {
    var el = document.createElement(tag);
    el.className = className;
    if (text) {
      el.textContent = text;
    }
    return el;
  }

  var clock = make("span", "practice-timer-clock fs-4 fw-semibold me-2", format(total));
  clock.setAttribute("role", "timer");
  clock.setAttribute("aria-label", "Time left");
  var start = make("button", "btn btn-outline-secondary btn-sm me-1", "Start timer");
  start.type = "button";
  var reset = make("button", "btn btn-link btn-sm", "Reset");
  reset.type = "button";
  var status = make("p", "small text-body-secondary mb-0 mt-1", "");
  status.setAttribute("aria-live", "polite");

  function stop() {
    clearInterval(ticking);
    ticking = null;
    start.textContent = left > 0 ? "Start timer" : "Start again";
  }

  function tick() {
    left -= 1;
    clock.textContent = format(Math.max(left, 0));
    if (left <= 0) {
      stop();
      left = total;
      status.textContent = "Time is up. Finish your sentence, then save your answer.";
    }
  }

  start.addEventListener("click", function () {
    if (ticking) {
      stop();
      start.textContent = "Carry on";
      status.textContent = "Paused.";
      return;
    }
    status.textContent = "";
    clock.textContent = format(left);
    ticking = setInterval(tick, 1000);
    start.textContent = "Pause";
  });

  reset.addEventListener("click", function () {
    stop();
    left = total;
    clock.textContent = format(total);
    status.textContent = "";
  });

  var label = make("span", "small text-body-secondary d-block mb-1", "Optional timer:");
  box.append(label, clock, start, reset, status);
  box.hidden = false;
})();
