// Quick exit: blank the page at once and replace this site in the tab's history with a neutral one.
// Without JavaScript the link still works as an ordinary link.
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) {
    return;
  }
  var SHIFT_PRESSES = 3;
  var WINDOW_MS = 1500;
  var presses = [];

  function leave() {
    document.title = "";
    document.documentElement.style.display = "none";
    window.location.replace(link.href);
  }

  link.addEventListener("click", function (event) {
    event.preventDefault();
    leave();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (time) {
      return now - time < WINDOW_MS;
    });
    presses.push(now);
    if (presses.length >= SHIFT_PRESSES) {
      leave();
    }
  });
})();
