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
  var send = form.querySelector("[data-recorder-send]");
  var fileBox = form.querySelector("[data-recorder-file]");
  var input = fileBox.querySelector("input[type=file]");
  var recorder = null;
  var ticking = null;
  var busy = false; // asking for the microphone or recording: Record does nothing
  var address = null;

  function format(seconds) {
    var m = Math.floor(seconds / 60);
    var s = Math.floor(seconds % 60);
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function show(el, visible) {
    el.hidden = !visible;
  }

  function useTheFileField(message) {
    status.textContent = message;
    show(fileBox, true);
  }

  function finish() {
    clearInterval(ticking);
    if (recorder && recorder.state === "recording") {
      recorder.stop();
    }
  }

  function kept(blob) {
    var type = blob.type || "audio/webm";
    var extension = type.indexOf("ogg") >= 0 ? "ogg" : type.indexOf("mp4") >= 0 ? "m4a" : "webm";
    try {
      var transfer = new DataTransfer();
      transfer.items.add(new File([blob], "recording." + extension, { type: type }));
      input.files = transfer.files;
    } catch (error) {
      useTheFileField("This browser cannot send a recording made here: use your phone's recorder below.");
      return;
    }
    if (address) {
      URL.revokeObjectURL(address);
    }
    address = URL.createObjectURL(blob);
    playback.src = address;
    show(playback, true);
    show(again, true);
    show(start, false);
    show(stop, false);
    status.textContent = "Recorded. Listen to it if you like, then press “Send and score”.";
    send.focus();
  }

  function begin() {
    if (busy) {
      return;
    }
    busy = true;
    navigator.mediaDevices
      .getUserMedia({ audio: true })
      .then(function (stream) {
        var chunks = [];
        var started = Date.now();
        try {
          recorder = new MediaRecorder(stream);
        } catch (error) {
          stream.getTracks().forEach(function (track) {
            track.stop();
          });
          throw error;
        }
        recorder.addEventListener("dataavailable", function (event) {
          if (event.data && event.data.size) {
            chunks.push(event.data);
          }
        });
        recorder.addEventListener("stop", function () {
          clearInterval(ticking);
          stream.getTracks().forEach(function (track) {
            track.stop();
          });
          busy = false;
          kept(new Blob(chunks, { type: recorder.mimeType }));
        });
        recorder.start();
        ticking = setInterval(function () {
          var elapsed = (Date.now() - started) / 1000;
          timer.textContent = format(elapsed) + " / " + format(limit);
          if (elapsed >= limit) {
            finish();
          }
        }, 250);
        show(start, false);
        show(stop, true);
        show(playback, false);
        show(again, false);
        status.textContent = "Recording… press “Stop” when you have finished.";
        stop.focus();
      })
      .catch(function () {
        busy = false;
        useTheFileField(
          "We could not use the microphone. Allow it for this site, or use your phone's recorder below."
        );
      });
  }

  show(controls, true);
  // A message from the server (a recording it could not score) stays in view, with the field.
  if (!form.querySelector(".alert-danger, .is-invalid")) {
    show(fileBox, false);
  }
  start.addEventListener("click", begin);
  stop.addEventListener("click", finish);
  again.addEventListener("click", function () {
    input.value = "";
    begin();
  });
  form.addEventListener("submit", function (event) {
    if (!input.files || !input.files.length) {
      event.preventDefault();
      useTheFileField("Record your answer first: press “Record”.");
    }
  });
})();
