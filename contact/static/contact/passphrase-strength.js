// Shows how strong a new key passphrase is while it is typed: a rough estimate of the guesses needed. Each form
// with a new passphrase has a meter of its own.
(function () {
  "use strict";
  var MIN_LENGTH = 16; // or MIN_WORDS words, as contact/passphrases.py asks
  var MIN_WORDS = 4;

  function bitsOf(text) {
    var pool = 0;
    if (/[a-z]/.test(text)) pool += 26;
    if (/[A-Z]/.test(text)) pool += 26;
    if (/[0-9]/.test(text)) pool += 10;
    if (/[^a-zA-Z0-9]/.test(text)) pool += 33;
    var distinct = new Set(text).size;
    return Math.min(text.length, distinct * 2) * Math.log2(Math.max(pool, 1));
  }

  function isTooShort(text) {
    return text.length < MIN_LENGTH && text.trim().split(/\s+/).length < MIN_WORDS;
  }

  document.querySelectorAll("[data-passphrase-strength]").forEach(function (input) {
    var meter = input.form && input.form.querySelector("[data-passphrase-meter]");
    if (!meter) {
      return;
    }
    var labels = JSON.parse(meter.getAttribute("data-labels"));
    input.addEventListener("input", function () {
      var bits = bitsOf(input.value);
      var label = isTooShort(input.value) ? labels.short : bits < 50 ? labels.weak : bits < 75 ? labels.fair : labels.strong;
      meter.textContent = label;
    });
  });
})();
