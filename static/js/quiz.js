// Taking a quiz: saves answers on every change (nothing is lost if the tab
// closes), counts the questions answered, and when an attempt is being scored
// shows the result as soon as the server has it, without reloading the page.
// The page works without this script; it only makes it smoother.
(function () {
  "use strict";

  function answered(question) {
    return Array.prototype.some.call(
      question.querySelectorAll("input, select"),
      function (field) {
        if (field.type === "hidden") return false;
        if (field.type === "radio" || field.type === "checkbox") return field.checked;
        return field.value.trim() !== "";
      }
    );
  }

  function setUpForm(form) {
    var status = document.getElementById("save-status");
    var label = document.getElementById("progress-label");
    var bar = document.getElementById("answered-progress");
    var timer = null;
    var sending = false;
    var again = false;

    function count() {
      if (!bar || !label.dataset.answeredTemplate) return;
      var questions = form.querySelectorAll("[data-question]");
      var done = Array.prototype.filter.call(questions, answered).length;
      bar.value = done;
      label.textContent = label.dataset.answeredTemplate
        .replace("%(answered)s", done)
        .replace("%(count)s", questions.length);
    }

    function save() {
      if (sending) { again = true; return; }
      sending = true;
      var data = new FormData(form);
      data.set("action", "save");
      // getAttribute: form.action would be the buttons named "action".
      fetch(form.getAttribute("action"), {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-Requested-With": "fetch" }
      }).then(function (response) {
        return response.json().then(function (body) {
          status.textContent = response.ok ? form.dataset.savedText : body.detail;
        });
      }).catch(function () {
        status.textContent = form.dataset.offlineText;
      }).then(function () {
        sending = false;
        if (again) { again = false; save(); }
      });
    }

    function later(delay) {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, delay);
    }

    form.addEventListener("change", function () { count(); later(300); });
    form.addEventListener("input", function (event) {
      if (event.target.type === "text") { count(); later(1000); }
    });
  }

  function setUpResult(result) {
    var delay = 200;
    var waited = 0;

    function show() {
      fetch(window.location.href, { credentials: "same-origin" })
        .then(function (response) { return response.text(); })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, "text/html");
          var fresh = page.getElementById("attempt-result");
          if (!fresh) return;
          result.replaceWith(fresh);
          var heading = document.getElementById("result-heading");
          if (heading) heading.focus();
        });
    }

    function poll() {
      fetch(result.dataset.poll, {
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      }).then(function (response) {
        return response.json();
      }).then(function (attempt) {
        if (attempt.status === "scored") { show(); return; }
        next();
      }).catch(next);
    }

    function next() {
      waited += delay;
      if (waited > 120000) {
        result.querySelector("[role=status]").textContent = result.dataset.slowText;
        return;
      }
      delay = Math.min(delay * 1.5, 3000);
      window.setTimeout(poll, delay);
    }

    poll();
  }

  var form = document.getElementById("attempt-form");
  if (form) setUpForm(form);
  var result = document.getElementById("attempt-result");
  if (result && result.dataset.status === "pending") setUpResult(result);
})();
