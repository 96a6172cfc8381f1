/*
 * Speaking practice recorder: progressive enhancement only.
 * Without JavaScript (or without a microphone API) the form's file field takes a recording from
 * the phone's own recorder. With it, Record / Stop / listen / Record again appear, a timer runs
 * and stops at the drill's limit, and the recording is put into the file field, so the form is
 * sent exactly as without JavaScript. Repeat drills get a "Play the sentence" button that speaks
 * the sentence with the browser's own speech synthesis.
 */
(function () {
  "use strict";

  var speak = document.querySelector("[data-speak-text]");
  if (speak && "speechSynthesis" in window) {
    speak.hidden = false;
    speak.addEventListener("click", function () {
      var say = new SpeechSynthesisUtterance(speak.getAttribute("data-speak-text"));
      say.lang = "en-US";
      say.rate = 0.95;
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(say);
    });
  }

  var form = document.querySelector("[data-recorder]");
  if (!form || !window.MediaRecorder || !navigator.mediaDevices || !window.DataTransfer) {
    return;
  }
  var limit = parseInt(form.getAttribute("data-seconds"), 10) || 60;
  var controls = form.querySelector("[data-recorder-controls]");
  var status = form.querySelector("[data-recorder-status]");
  var timer = form.querySelector("[data-recorder-timer]");
  var start = form.querySelector("[data-recorder-start]");
  var stop = form.querySelector("[data-recorder-stop]");
  var again = form.querySelector("[data-recorder-again]");
  var playback = form.querySelector("[data-recorder-playback]");
  var fileBox = form.querySelector("[data-recorder-file]");
  var input = fileBox.querySelector("input[type=file]");
  var recorder = null;
  var chunks = [];
  var started = 0;
  var ticking = null;
  var stream = null;

  function format(seconds) {
    var m = Math.floor(seconds / 60);
    var s = Math.floor(seconds % 60);
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function show(el, visible) {
    el.hidden = !visible;
  }

  function tick() {
    var elapsed = (Date.now() - started) / 1000;
    timer.textContent = format(elapsed) + " / " + format(limit);
    if (elapsed >= limit) {
      finish();
    }
  }

  function finish() {
    if (recorder && recorder.state === "recording") {
      recorder.stop();
    }
    clearInterval(ticking);
  }

  function kept(blob) {
    var type = blob.type || "audio/webm";
    var extension = type.indexOf("ogg") >= 0 ? "ogg" : type.indexOf("mp4") >= 0 ? "m4a" : "webm";
    var file = new File([blob], "recording." + extension, { type: type });
    var transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    playback.src = URL.createObjectURL(blob);
    show(playback, true);
    show(again, true);
    show(start, false);
    show(stop, false);
    status.textContent = "Recorded. Listen to it if you like, then press “Send and score”.";
  }

  function begin() {
    navigator.mediaDevices
      .getUserMedia({ audio: true })
      .then(function (got) {
        stream = got;
        chunks = [];
        recorder = new MediaRecorder(stream);
        recorder.addEventListener("dataavailable", function (event) {
          if (event.data && event.data.size) {
            chunks.push(event.data);
          }
        });
        recorder.addEventListener("stop", function () {
          stream.getTracks().forEach(function (track) {
            track.stop();
          });
          kept(new Blob(chunks, { type: recorder.mimeType }));
        });
        recorder.start();
        started = Date.now();
        ticking = setInterval(tick, 250);
        show(start, false);
        show(stop, true);
        show(playback, false);
        show(again, false);
        status.textContent = "Recording… press “Stop” when you have finished.";
      })
      .catch(function () {
        status.textContent =
          "We could not use the microphone. Allow it for this site, or use your phone's recorder below.";
        show(fileBox, true);
      });
  }

  show(controls, true);
  show(fileBox, false);
  start.addEventListener("click", begin);
  stop.addEventListener("click", finish);
  again.addEventListener("click", function () {
    input.value = "";
    begin();
  });
  form.addEventListener("submit", function (event) {
    if (!input.files || !input.files.length) {
      event.preventDefault();
      status.textContent = "Record your answer first: press “Record”.";
      show(fileBox, true);
    }
  });
})();
