/*
 * Mock calls: progressive enhancement only. Without JavaScript every reply is a normal form
 * POST and the page comes back with the transcript. With it:
 * - a typed reply is sent with fetch (same form, same CSRF token) and the new lines are added
 *   to the transcript, so it feels like a chat; any failure falls back to the normal POST;
 * - in call mode the customer's newest line is spoken by the browser's speech synthesis and
 *   its words are shown once it has been said (at once when the browser cannot speak).
 */
(function () {
  "use strict";

  var transcript = document.querySelector("[data-transcript]");
  var form = document.querySelector("[data-chat]");
  if (!transcript) {
    return;
  }
  var speaking = transcript.hasAttribute("data-speak-lines") && "speechSynthesis" in window;

  function say(item) {
    if (!speaking || !item) {
      return;
    }
    var text = item.querySelector(".mockcall-text").textContent;
    var status = item.querySelector(".mockcall-who");
    var label = status.textContent;
    item.classList.add("is-speaking");
    status.textContent = "Customer (speaking…)";
    function shown() {
      item.classList.remove("is-speaking");
      status.textContent = label;
    }
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "en-US";
    utterance.rate = 0.95;
    utterance.addEventListener("end", shown);
    utterance.addEventListener("error", shown);
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
    setTimeout(shown, 2000 + text.length * 120); // never hidden for good if no "end" comes
  }

  function newest() {
    var lines = transcript.querySelectorAll("[data-customer-line]");
    return lines.length ? lines[lines.length - 1] : null;
  }

  say(newest());
  var again = document.querySelector("[data-say-again]");
  if (again && speaking) {
    // Browsers may refuse to speak before the visitor has pressed something on the page.
    again.hidden = false;
    again.addEventListener("click", function () {
      say(newest());
    });
  }

  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var box = form.querySelector("textarea");
  var error = form.querySelector("[data-chat-error]");
  var button = form.querySelector("button[type=submit]");
  var sending = false;

  function problem(message) {
    error.textContent = message;
    error.hidden = false;
    box.focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (sending) {
      return;
    }
    if (!box.value.trim()) {
      problem("Write your reply first: the customer is waiting.");
      return;
    }
    sending = true;
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      })
      .then(function (result) {
        sending = false;
        button.disabled = false;
        if (!result.ok) {
          if (result.data.next) {
            window.location.assign(result.data.next);
            return;
          }
          problem(result.data.error || "That reply was not sent. Try again.");
          return;
        }
        error.hidden = true;
        transcript.insertAdjacentHTML("beforeend", result.data.html);
        box.value = "";
        say(newest());
        if (result.data.ended) {
          var done = document.createElement("p");
          done.className = "alert alert-info";
          var link = document.createElement("a");
          link.href = result.data.next;
          link.className = "alert-link";
          link.textContent = "See your scorecard";
          done.appendChild(document.createTextNode("The customer has ended the contact. "));
          done.appendChild(link);
          // The reply box, the recorder and "End now" all go: the contact is over.
          (document.querySelector("[data-live]") || form).replaceWith(done);
          link.focus();
        } else {
          box.focus();
        }
      })
      .catch(function () {
        form.submit(); // the page's own POST still works
      });
  });
})();
