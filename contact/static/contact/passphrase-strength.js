// Shows how strong a new key passphrase is while it is typed: a rough estimate of the guesses needed.
(function () {
  "use strict";
  var input = document.querySelector("[data-passphrase-strength]");
  var meter = document.querySelector("[data-passphrase-meter]");
  if (!input || !meter) {
    return;
  }
  var labels = JSON.parse(meter.getAttribute("data-labels"));

  function bitsOf(text) {
    var pool = 0;
    if (/[a-z]/.test(text)) pool += 26;
    if (/[A-Z]/.test(text)) pool += 26;
    if (/[0-9]/.test(text)) pool += 10;
    if (/[^a-zA-Z0-9]/.test(text)) pool += 33;
    var distinct = new Set(text).size;
    return Math.min(text.length, distinct * 2) * Math.log2(Math.max(pool, 1));
  }

  input.addEventListener("input", function () {
    var bits = bitsOf(input.value);
    var label = input.value.length < 12 ? labels.short : bits < 50 ? labels.weak : bits < 75 ? labels.fair : labels.strong;
    meter.textContent = label;
  });
})();
