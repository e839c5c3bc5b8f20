// "Read aloud": speaks a part of the page with the browser's speech synthesis,
// in the page's language. The button stays hidden where no voice speaks it.
(function () {
  "use strict";
  if (!("speechSynthesis" in window)) return;
  var lang = document.documentElement.lang || "en";
  var base = lang.split("-")[0];

  function voiceFor() {
    var voices = window.speechSynthesis.getVoices();
    return voices.find(function (v) { return v.lang.toLowerCase().replace("_", "-").indexOf(lang) === 0; }) ||
      voices.find(function (v) { return v.lang.toLowerCase().indexOf(base) === 0; }) || null;
  }

  function setUp() {
    var voice = voiceFor();
    document.querySelectorAll("[data-read-aloud]").forEach(function (button) {
      if (!voice) { button.hidden = true; return; }
      button.hidden = false;
      if (button.dataset.ready) return;
      button.dataset.ready = "1";
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", function () {
        if (window.speechSynthesis.speaking) {
          window.speechSynthesis.cancel();
          return;
        }
        var target = document.querySelector(button.dataset.readAloud);
        if (!target) return;
        var utterance = new SpeechSynthesisUtterance(target.innerText);
        utterance.lang = voice.lang;
        utterance.voice = voice;
        utterance.rate = 0.9;
        utterance.onend = utterance.onerror = function () {
          button.setAttribute("aria-pressed", "false");
        };
        button.setAttribute("aria-pressed", "true");
        window.speechSynthesis.speak(utterance);
      });
    });
  }

  setUp();
  window.speechSynthesis.addEventListener("voiceschanged", setUp);
  window.addEventListener("pagehide", function () { window.speechSynthesis.cancel(); });
})();
