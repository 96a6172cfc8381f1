/*
 * Saved plan: a milestone is saved as soon as its box is ticked or unticked (progressive
 * enhancement: without JavaScript the Save button posts the same form). The server answers
 * with the new count, which updates the progress bar; a failure says so and leaves the box
 * as it was, so nothing looks saved that is not.
 */
(function () {
  "use strict";

  var bar = document.getElementById("plan-progress");
  var count = document.querySelector("[data-plan-count]");
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  function say(text) {
    status.textContent = text;
  }

  document.querySelectorAll(".milestone-form input[name=done]").forEach(function (box) {
    box.addEventListener("change", function () {
      var form = box.form;
      var item = form.closest(".milestone");
      var data = new FormData(form);  // the box stays usable: the Save button posts it too
      fetch(form.action, {
        method: "POST",
        body: data,
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) {
          return response.json().then(function (body) {
            if (!response.ok) {
              throw new Error(body.error || "Not saved.");
            }
            return body;
          });
        })
        .then(function (body) {
          var note = item.querySelector(".tick-error");
          if (note) {
            note.remove();
          }
          item.classList.toggle("is-done", body.done);
          if (bar) {
            bar.max = body.total;
            bar.value = body.count;
            bar.textContent = Math.round((100 * body.count) / (body.total || 1)) + "%";
          }
          if (count) {
            count.textContent = body.count + " of " + body.total + " milestones done";
          }
          say(body.done ? "Saved: ticked." : "Saved: not ticked.");
        })
        .catch(function (error) {
          box.checked = !box.checked;
          var text = error.message.indexOf("Not saved") === 0 ? error.message : "Not saved: check your connection and try again.";
          var note = item.querySelector(".tick-error");
          if (!note) {
            note = document.createElement("p");
            note.className = "tick-error text-danger small mb-1";
            note.setAttribute("role", "alert");
            form.appendChild(note);
          }
          note.textContent = text;
        });
    });
  });
})();
