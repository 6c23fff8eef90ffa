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

// Proof of work: once many messages arrive, a form carries a challenge (contact/proof_of_work.py), and is sent only
// with a nonce such that SHA-256(challenge + nonce) starts with the asked number of zero bits. Without this
// script, or without Web Crypto, the page keeps saying that sending must wait.
(function () {
  "use strict";
  var BATCH = 256;

  function zeroBits(bytes) {
    var bits = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] !== 0) {
        return bits + Math.clz32(bytes[i]) - 24;
      }
      bits += 8;
    }
    return bits;
  }

  function solve(challenge, bits) {
    var encoder = new TextEncoder();
    function tryFrom(start) {
      var digests = [];
      for (var nonce = start; nonce < start + BATCH; nonce++) {
        digests.push(crypto.subtle.digest("SHA-256", encoder.encode(challenge + nonce)));
      }
      return Promise.all(digests).then(function (hashes) {
        for (var i = 0; i < hashes.length; i++) {
          if (zeroBits(new Uint8Array(hashes[i])) >= bits) {
            return String(start + i);
          }
        }
        return tryFrom(start + BATCH);
      });
    }
    return tryFrom(0);
  }

  if (!window.crypto || !window.crypto.subtle || !window.TextEncoder) {
    return;
  }
  document.querySelectorAll("[data-proof-of-work]").forEach(function (box) {
    var form = box.closest("form");
    var proof = box.querySelector("input[type=hidden]");
    var working = false;
    box.querySelector("[data-proof-without-script]").hidden = true;
    box.querySelector("[data-proof-with-script]").hidden = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (working) {
        return;
      }
      working = true;
      box.querySelector("[role=status]").textContent = box.dataset.proofWorking;
      var challenge = box.dataset.proofOfWork;
      // Should the search fail, the form goes without a proof, and the server says what to do.
      solve(challenge, Number(box.dataset.proofBits))
        .then(function (nonce) {
          proof.value = nonce + ":" + challenge;
        }, function () {})
        .then(function () {
          form.submit();
        });
    });
  });
})();
