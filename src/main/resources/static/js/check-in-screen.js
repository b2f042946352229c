// Session screen (/sessions/{session}/screen): counts down the seconds to the next QR code. htmx fetches the next code
// itself (hx-trigger "load delay" set by the server to when the code changes); this only updates the number shown.
(function () {
  'use strict';
  var timer = null;

  function start(root) {
    var el = (root || document).querySelector('[data-countdown]');
    if (timer) {
      clearInterval(timer);
      timer = null;
    }
    if (!el) {
      return;
    }
    var ends = Date.now() + parseInt(el.getAttribute('data-countdown-ms'), 10);
    timer = setInterval(function () {
      el.textContent = Math.max(0, Math.ceil((ends - Date.now()) / 1000));
    }, 250);
  }

  document.addEventListener('DOMContentLoaded', function () { start(document); });
  document.addEventListener('htmx:afterSettle', function () { start(document); });
}());
